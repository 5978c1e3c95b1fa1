-- Concordat schema, version 21: whose consent a sharing decision sought (issue 19) — the child's, if they understood
-- enough to decide, a parent's, the adult's, or their representative's. Entries recorded before this version left
-- it unsaid (NULL); the log stays append-only.
ALTER TABLE sharing_decision ADD COLUMN consent_from VARCHAR(20);
ALTER TABLE sharing_decision ADD CONSTRAINT sharing_decision_consent_from_known CHECK (consent_from IS NULL
    OR consent_from IN ('CHILD', 'PARENT_OR_CARER', 'ADULT', 'REPRESENTATIVE', 'OTHER_PERSON'));
