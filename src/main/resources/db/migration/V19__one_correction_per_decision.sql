-- Concordat schema, version 19: an entry of the sharing decision log is corrected at most once (a later correction
-- corrects the latest entry). The application checks it first; this index settles two corrections saved at the same
-- instant. Entries that correct nothing (NULL) are many, as unique indexes allow.
CREATE UNIQUE INDEX sharing_decision_corrects_once ON sharing_decision (corrects_id);
