-- Concordat schema, version 1: organisations, users and their roles, API tokens, the audit trail.
-- Runs unchanged on PostgreSQL and on the embedded H2 (MODE=PostgreSQL): keep to the common subset.

CREATE SEQUENCE organisation_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE app_user_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE api_token_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE audit_event_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE organisation (
    id                          BIGINT PRIMARY KEY,
    version                     BIGINT NOT NULL,
    name                        VARCHAR(200) NOT NULL,
    sector                      VARCHAR(40) NOT NULL,
    public_authority            BOOLEAN NOT NULL,
    competent_authority         BOOLEAN NOT NULL,
    ico_registration_number     VARCHAR(20),
    dpo_name                    VARCHAR(200),
    dpo_email                   VARCHAR(254),
    dpo_phone                   VARCHAR(40),
    apd_reference               VARCHAR(200),
    apd_date                    DATE,
    active                      BOOLEAN NOT NULL,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT organisation_name_unique UNIQUE (name)
);
COMMENT ON TABLE organisation IS 'A partner organisation of the safeguarding partnership';

CREATE TABLE app_user (
    id                          BIGINT PRIMARY KEY,
    version                     BIGINT NOT NULL,
    organisation_id             BIGINT NOT NULL REFERENCES organisation (id),
    full_name                   VARCHAR(200) NOT NULL,
    email                       VARCHAR(254) NOT NULL,
    job_title                   VARCHAR(200),
    password_hash               VARCHAR(512),
    must_change_password        BOOLEAN NOT NULL,
    active                      BOOLEAN NOT NULL,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT app_user_email_unique UNIQUE (email)
);
CREATE INDEX app_user_organisation_idx ON app_user (organisation_id);

CREATE TABLE app_user_role (
    user_id                     BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role                        VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT app_user_role_known CHECK (role IN ('ADMIN', 'IG_LEAD', 'SIGNATORY', 'DPO', 'PRACTITIONER'))
);

-- Only the SHA-256 of a token is stored; the token itself is shown once to its owner.
CREATE TABLE api_token (
    id                          BIGINT PRIMARY KEY,
    version                     BIGINT NOT NULL,
    user_id                     BIGINT NOT NULL REFERENCES app_user (id),
    name                        VARCHAR(100) NOT NULL,
    token_hash                  VARCHAR(64) NOT NULL,
    token_prefix                VARCHAR(16) NOT NULL,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at                  TIMESTAMP WITH TIME ZONE,
    last_used_at                TIMESTAMP WITH TIME ZONE,
    revoked_at                  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_token_hash_unique UNIQUE (token_hash)
);
CREATE INDEX api_token_user_idx ON api_token (user_id);

-- Append-only: the application inserts and reads, never updates or deletes.
CREATE TABLE audit_event (
    id                          BIGINT PRIMARY KEY,
    occurred_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_user_id               BIGINT,
    actor_email                 VARCHAR(254),
    actor_organisation_id       BIGINT,
    source_address              VARCHAR(64),
    action                      VARCHAR(60) NOT NULL,
    subject_type                VARCHAR(60),
    subject_id                  VARCHAR(60),
    summary                     VARCHAR(500) NOT NULL,
    before_state                VARCHAR(1000000),
    after_state                 VARCHAR(1000000)
);
CREATE INDEX audit_event_occurred_idx ON audit_event (occurred_at);
CREATE INDEX audit_event_subject_idx ON audit_event (subject_type, subject_id);
