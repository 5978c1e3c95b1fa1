-- Concordat schema, version 14: signed documents. Concordat's own certification authority (one row, created at
-- first start), each organisation's signing credentials (issued by that authority or uploaded as PKCS#12), the
-- PDF rendered when a version is submitted and extended by each party's signature, and the signatures themselves.
-- Private keys are stored only as encrypted PKCS#8 (PBES2, the password comes from the environment), never in clear.

CREATE TABLE signing_authority (
    id                          BIGINT PRIMARY KEY,
    subject                     VARCHAR(500) NOT NULL,
    certificate                 BYTEA NOT NULL,
    sealed_key                  BYTEA NOT NULL,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT signing_authority_single CHECK (id = 1)
);
COMMENT ON COLUMN signing_authority.certificate IS 'DER-encoded X.509 certificate, self-signed';
COMMENT ON COLUMN signing_authority.sealed_key IS 'DER-encoded encrypted PKCS#8 private key (PBES2)';

CREATE SEQUENCE signing_credential_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE signing_credential (
    id                          BIGINT PRIMARY KEY,
    organisation_id             BIGINT NOT NULL REFERENCES organisation (id),
    source                      VARCHAR(10) NOT NULL,
    subject                     VARCHAR(500) NOT NULL,
    issuer                      VARCHAR(500) NOT NULL,
    certificate_sha256          VARCHAR(64) NOT NULL,
    chain                       BYTEA NOT NULL,
    sealed_key                  BYTEA NOT NULL,
    not_before                  TIMESTAMP WITH TIME ZONE NOT NULL,
    not_after                   TIMESTAMP WITH TIME ZONE NOT NULL,
    active                      BOOLEAN NOT NULL,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by                  VARCHAR(254) NOT NULL,
    replaced_at                 TIMESTAMP WITH TIME ZONE,
    CONSTRAINT signing_credential_source CHECK (source IN ('ISSUED', 'UPLOADED')),
    CONSTRAINT signing_credential_certificate UNIQUE (certificate_sha256)
);
CREATE INDEX signing_credential_organisation_idx ON signing_credential (organisation_id, active);
COMMENT ON COLUMN signing_credential.chain IS 'DER-encoded X.509 certificates, the signer''s first, one after another';

CREATE SEQUENCE signed_document_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE signed_document (
    id                          BIGINT PRIMARY KEY,
    agreement_version_id        BIGINT NOT NULL REFERENCES agreement_version (id),
    submission_round            INTEGER NOT NULL,
    content                     BYTEA NOT NULL,
    rendered_length             INTEGER NOT NULL,
    sha256                      VARCHAR(64) NOT NULL,
    content_sha256              VARCHAR(64) NOT NULL,
    json                        BYTEA NOT NULL,
    file_name                   VARCHAR(120) NOT NULL,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT signed_document_once UNIQUE (agreement_version_id, submission_round)
);
CREATE INDEX signed_document_sha256_idx ON signed_document (sha256);
CREATE INDEX signed_document_content_sha256_idx ON signed_document (content_sha256);
COMMENT ON COLUMN signed_document.sha256 IS 'SHA-256 of the PDF as rendered at submission: the first rendered_length bytes of content';

CREATE SEQUENCE document_signature_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE document_signature (
    id                          BIGINT PRIMARY KEY,
    signed_document_id          BIGINT NOT NULL REFERENCES signed_document (id),
    sequence_number             INTEGER NOT NULL,
    organisation_id             BIGINT NOT NULL REFERENCES organisation (id),
    organisation_name           VARCHAR(200) NOT NULL,
    signer_name                 VARCHAR(200) NOT NULL,
    signer_email                VARCHAR(254) NOT NULL,
    signed_at                   TIMESTAMP WITH TIME ZONE NOT NULL,
    certification               BOOLEAN NOT NULL,
    timestamped                 BOOLEAN NOT NULL,
    credential_id               BIGINT NOT NULL REFERENCES signing_credential (id),
    revision_length             INTEGER NOT NULL,
    revision_sha256             VARCHAR(64) NOT NULL,
    CONSTRAINT document_signature_once UNIQUE (signed_document_id, sequence_number),
    CONSTRAINT document_signature_organisation_once UNIQUE (signed_document_id, organisation_id)
);
CREATE INDEX document_signature_revision_idx ON document_signature (revision_sha256);
