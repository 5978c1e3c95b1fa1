-- Concordat schema, version 4: submitting an agreement version for approval, and each party's decision.
-- Decisions are append-only; a request for changes returns the version to draft, and the next submission starts
-- a new round of decisions.

ALTER TABLE agreement_version ADD COLUMN submission_round INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE agreement_version ADD COLUMN submitted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE agreement_version ADD COLUMN submitted_by VARCHAR(254);
ALTER TABLE agreement_version ADD COLUMN approved_at TIMESTAMP WITH TIME ZONE;

CREATE SEQUENCE agreement_decision_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE agreement_decision (
    id                          BIGINT PRIMARY KEY,
    agreement_version_id        BIGINT NOT NULL REFERENCES agreement_version (id),
    submission_round            INTEGER NOT NULL,
    organisation_id             BIGINT NOT NULL REFERENCES organisation (id),
    decision                    VARCHAR(20) NOT NULL,
    comment                     VARCHAR(4000),
    decided_by_email            VARCHAR(254) NOT NULL,
    decided_by_name             VARCHAR(200) NOT NULL,
    decided_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT agreement_decision_once UNIQUE (agreement_version_id, submission_round, organisation_id),
    CONSTRAINT agreement_decision_known CHECK (decision IN ('APPROVED', 'CHANGES_REQUESTED'))
);
CREATE INDEX agreement_decision_version_idx ON agreement_decision (agreement_version_id);
