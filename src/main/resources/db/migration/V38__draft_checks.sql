-- Concordat schema, version 38: drafts with errors (issue 23 part 1). The rules engine checks a draft on every save;
-- how many errors it found is kept beside the version, so that the home can list the drafts with errors without
-- running the engine once per draft. A draft not saved since this version has no row (not known, not "no error").
CREATE TABLE agreement_draft_check (
    agreement_version_id BIGINT PRIMARY KEY REFERENCES agreement_version (id) ON DELETE CASCADE,
    errors               INTEGER NOT NULL CHECK (errors >= 0),
    checked_at           TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Published by the agreement feature to work: the drafts, now with the errors of their last check (null when not
-- known). Columns can only be added at the end of a view that is replaced.
CREATE OR REPLACE VIEW work_agreement_draft AS
SELECT v.id AS version_id, v.agreement_id, a.reference, v.title, a.lead_organisation_id AS organisation_id,
       v.submission_round > 0 AS returned, v.updated_at, d.organisation_id AS returned_by_organisation_id,
       d.decided_at AS returned_at, c.errors
  FROM agreement_version v
  JOIN agreement a ON a.id = v.agreement_id
  LEFT JOIN agreement_decision d ON d.agreement_version_id = v.id AND d.submission_round = v.submission_round
       AND d.decision = 'CHANGES_REQUESTED'
  LEFT JOIN agreement_draft_check c ON c.agreement_version_id = v.id
 WHERE v.status = 'DRAFT';
