-- Concordat schema, version 31: signatories outside Concordat (issue 20, part 2). An IG lead names, for a party, a
-- signatory who has no account; on submission that person is sent a one-time link, proves control of the address with
-- a code sent to it, and decides for the party like an account holder. Only hashes of the link's token and of the code
-- are kept. How a decider was identified is recorded with the decision and carried to the signature.

-- One named outside signatory per party of a version (removing one deletes the row; its invitations stay, revoked).
CREATE SEQUENCE agreement_outside_signatory_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE agreement_outside_signatory (
    id                          BIGINT PRIMARY KEY,
    agreement_version_id        BIGINT NOT NULL REFERENCES agreement_version (id),
    organisation_id             BIGINT NOT NULL REFERENCES organisation (id),
    full_name                   VARCHAR(200) NOT NULL,
    job_role                    VARCHAR(200) NOT NULL,
    email                       VARCHAR(254) NOT NULL,
    named_by                    VARCHAR(254) NOT NULL,
    named_at                    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT agreement_outside_signatory_one UNIQUE (agreement_version_id, organisation_id)
);

-- A one-time link sent to an outside signatory, bound to one version, one submission round and one party.
CREATE SEQUENCE agreement_signatory_invitation_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE agreement_signatory_invitation (
    id                          BIGINT PRIMARY KEY,
    row_version                 BIGINT NOT NULL,
    agreement_version_id        BIGINT NOT NULL REFERENCES agreement_version (id),
    submission_round            INTEGER NOT NULL,
    organisation_id             BIGINT NOT NULL REFERENCES organisation (id),
    full_name                   VARCHAR(200) NOT NULL,
    job_role                    VARCHAR(200) NOT NULL,
    email                       VARCHAR(254) NOT NULL,
    token_sha256                VARCHAR(64) NOT NULL,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    code_hash                   VARCHAR(200),
    code_expires_at             TIMESTAMP WITH TIME ZONE,
    codes_sent                  INTEGER NOT NULL,
    failed_attempts             INTEGER NOT NULL,
    locked_at                   TIMESTAMP WITH TIME ZONE,
    used_at                     TIMESTAMP WITH TIME ZONE,
    revoked_at                  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT agreement_signatory_invitation_token UNIQUE (token_sha256)
);
CREATE INDEX agreement_signatory_invitation_version_idx
    ON agreement_signatory_invitation (agreement_version_id, submission_round, organisation_id);
CREATE INDEX agreement_signatory_invitation_email_idx ON agreement_signatory_invitation (email);
COMMENT ON COLUMN agreement_signatory_invitation.token_sha256 IS 'SHA-256 (hex) of the link''s token; the token itself is never stored';
COMMENT ON COLUMN agreement_signatory_invitation.code_hash IS 'salted SHA-256 of the six-digit code last sent (salt:hash, hex); never the code';

-- How the decider was identified: null for a signed-in account holder; for an outside signatory, the e-mail link and code.
ALTER TABLE agreement_decision ADD COLUMN identified_by VARCHAR(400);
ALTER TABLE signing_outbox ADD COLUMN identified_by VARCHAR(400);
