-- Concordat schema, version 24: the signing outbox (issue 24). A party's approval commits with one row here instead
-- of its signature; a worker signs after the commit, outside the version's row lock, in decision order, and retries a
-- signature that could not be made. SIGNING: waiting (attempts and last_error say how it went so far); SIGNED: done.

CREATE SEQUENCE signing_outbox_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE signing_outbox (
    id                          BIGINT PRIMARY KEY,
    agreement_version_id        BIGINT NOT NULL REFERENCES agreement_version (id),
    submission_round            INTEGER NOT NULL,
    reference                   VARCHAR(40) NOT NULL,
    version_number              INTEGER NOT NULL,
    organisation_id             BIGINT NOT NULL REFERENCES organisation (id),
    organisation_name           VARCHAR(200) NOT NULL,
    signer_name                 VARCHAR(200) NOT NULL,
    signer_email                VARCHAR(254) NOT NULL,
    decided_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    state                       VARCHAR(10) NOT NULL,
    attempts                    INTEGER NOT NULL,
    last_error                  VARCHAR(1000),
    next_attempt_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT signing_outbox_state CHECK (state IN ('SIGNING', 'SIGNED')),
    CONSTRAINT signing_outbox_once UNIQUE (agreement_version_id, submission_round, organisation_id)
);
CREATE INDEX signing_outbox_due_idx ON signing_outbox (state, next_attempt_at);
COMMENT ON COLUMN signing_outbox.decided_at IS 'the instant of the approval: the signature is made as at that instant';
