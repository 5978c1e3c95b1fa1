-- Concordat schema, version 3: data sharing agreements, their versions, parties, section answers and flows.
-- Coded choices (catalogue codes) are stored as text; a set of codes as a comma-separated list.

CREATE SEQUENCE agreement_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE agreement_version_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE agreement_party_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE agreement_flow_seq START WITH 1 INCREMENT BY 50;
-- The running number in references such as DSA-2026-0042.
CREATE SEQUENCE agreement_reference_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE agreement (
    id                          BIGINT PRIMARY KEY,
    version                     BIGINT NOT NULL,
    reference                   VARCHAR(20) NOT NULL,
    lead_organisation_id        BIGINT NOT NULL REFERENCES organisation (id),
    public_register             BOOLEAN NOT NULL,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT agreement_reference_unique UNIQUE (reference)
);

CREATE TABLE agreement_version (
    id                          BIGINT PRIMARY KEY,
    version                     BIGINT NOT NULL,
    agreement_id                BIGINT NOT NULL REFERENCES agreement (id),
    number                      INTEGER NOT NULL,
    status                      VARCHAR(12) NOT NULL,
    template_version_id         BIGINT NOT NULL REFERENCES template_version (id),
    title                       VARCHAR(200) NOT NULL,
    purpose                     VARCHAR(4000),
    benefits                    VARCHAR(4000),
    effective_date              DATE,
    review_date                 DATE,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by                  VARCHAR(254) NOT NULL,
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT agreement_version_number_unique UNIQUE (agreement_id, number),
    CONSTRAINT agreement_version_status_known CHECK (status IN
        ('DRAFT', 'SUBMITTED', 'APPROVED', 'SUPERSEDED', 'EXPIRED', 'TERMINATED'))
);
CREATE INDEX agreement_version_agreement_idx ON agreement_version (agreement_id);

CREATE TABLE agreement_party (
    id                          BIGINT PRIMARY KEY,
    agreement_version_id        BIGINT NOT NULL REFERENCES agreement_version (id) ON DELETE CASCADE,
    party_key                   VARCHAR(20) NOT NULL,
    organisation_id             BIGINT NOT NULL REFERENCES organisation (id),
    role                        VARCHAR(20) NOT NULL,
    signatory_name              VARCHAR(200),
    contact_name                VARCHAR(200),
    contact_email               VARCHAR(254),
    CONSTRAINT agreement_party_key_unique UNIQUE (agreement_version_id, party_key),
    CONSTRAINT agreement_party_org_unique UNIQUE (agreement_version_id, organisation_id),
    CONSTRAINT agreement_party_role_known CHECK (role IN ('CONTROLLER', 'JOINT_CONTROLLER', 'PROCESSOR'))
);
CREATE INDEX agreement_party_organisation_idx ON agreement_party (organisation_id);

CREATE TABLE agreement_section_answer (
    agreement_version_id        BIGINT NOT NULL REFERENCES agreement_version (id) ON DELETE CASCADE,
    answer_key                  VARCHAR(130) NOT NULL,
    answer                      VARCHAR(20000) NOT NULL,
    PRIMARY KEY (agreement_version_id, answer_key)
);

CREATE TABLE agreement_flow (
    id                          BIGINT PRIMARY KEY,
    agreement_version_id        BIGINT NOT NULL REFERENCES agreement_version (id) ON DELETE CASCADE,
    flow_key                    VARCHAR(20) NOT NULL,
    sender_party_key            VARCHAR(20) NOT NULL,
    recipient_party_key         VARCHAR(20) NOT NULL,
    both_ways                   BOOLEAN NOT NULL,
    data_subjects               VARCHAR(1000) NOT NULL,
    data_categories             VARCHAR(1000) NOT NULL,
    purpose                     VARCHAR(60),
    frequency                   VARCHAR(200),
    transfer_method             VARCHAR(60),
    retention                   VARCHAR(500),
    regime                      VARCHAR(20) NOT NULL,
    lawful_bases                VARCHAR(200) NOT NULL,
    article9_condition          VARCHAR(60),
    schedule1_condition         VARCHAR(60),
    article10_authority         VARCHAR(60),
    law_enforcement_basis       VARCHAR(60),
    sensitive_processing        VARCHAR(60),
    schedule8_condition         VARCHAR(60),
    statutory_gateways          VARCHAR(1000) NOT NULL,
    confidentiality_basis       VARCHAR(60),
    notes                       VARCHAR(4000),
    CONSTRAINT agreement_flow_key_unique UNIQUE (agreement_version_id, flow_key),
    CONSTRAINT agreement_flow_regime_known CHECK (regime IN ('GENERAL', 'LAW_ENFORCEMENT'))
);
