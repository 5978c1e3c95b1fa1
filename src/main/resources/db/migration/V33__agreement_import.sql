-- Concordat schema, version 33: agreements brought in from outside Concordat (issue 20, part 3).
-- An IG lead imports an agreement already signed elsewhere: a spreadsheet of its flows and the signed PDF. The
-- version is created approved, with origin IMPORTED; the PDF is kept as its source document with its SHA-256, and
-- the import itself (who, when, which files) is recorded. Each party's IG lead or signatory then confirms "this is the
-- agreement we signed"; until every party has, route checks do not count the version.

ALTER TABLE agreement_version ADD COLUMN origin VARCHAR(12) DEFAULT 'CONCORDAT' NOT NULL;
ALTER TABLE agreement_version ADD CONSTRAINT agreement_version_origin_known CHECK (origin IN ('CONCORDAT', 'IMPORTED'));

CREATE SEQUENCE agreement_import_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE agreement_import (
    id                          BIGINT PRIMARY KEY,
    agreement_version_id        BIGINT NOT NULL REFERENCES agreement_version (id),
    organisation_id             BIGINT NOT NULL REFERENCES organisation (id),
    original_reference          VARCHAR(100),
    imported_by_email           VARCHAR(254) NOT NULL,
    imported_by_name            VARCHAR(200) NOT NULL,
    imported_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    sheet_file_name             VARCHAR(255) NOT NULL,
    sheet_sha256                VARCHAR(64) NOT NULL,
    document_file_name          VARCHAR(255) NOT NULL,
    document_sha256             VARCHAR(64) NOT NULL,
    document                    BYTEA NOT NULL,
    CONSTRAINT agreement_import_version_unique UNIQUE (agreement_version_id)
);

CREATE SEQUENCE agreement_import_confirmation_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE agreement_import_confirmation (
    id                          BIGINT PRIMARY KEY,
    agreement_version_id        BIGINT NOT NULL REFERENCES agreement_version (id),
    organisation_id             BIGINT NOT NULL REFERENCES organisation (id),
    confirmed_by_email          VARCHAR(254) NOT NULL,
    confirmed_by_name           VARCHAR(200) NOT NULL,
    confirmed_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT agreement_import_confirmation_once UNIQUE (agreement_version_id, organisation_id)
);
CREATE INDEX agreement_import_confirmation_version_idx ON agreement_import_confirmation (agreement_version_id);

-- What route checks see (V25) learns the rule: an imported version is a candidate only once every one of its parties
-- has confirmed it. The views are re-created with that condition; their columns are unchanged.
DROP VIEW route_candidate_flow;
DROP VIEW route_candidate_party;
DROP VIEW route_candidate_version;

CREATE VIEW route_candidate_version AS
SELECT v.agreement_id, a.reference, v.title, v.id AS version_id, v.number, v.status, v.effective_date,
       v.review_date, v.terminated_on, v.end_date
  FROM agreement_version v
  JOIN agreement a ON a.id = v.agreement_id
 WHERE v.status IN ('SUBMITTED', 'APPROVED', 'EXPIRED', 'TERMINATED')
   AND (v.origin = 'CONCORDAT' OR NOT EXISTS (SELECT 1 FROM agreement_party q WHERE q.agreement_version_id = v.id
        AND NOT EXISTS (SELECT 1 FROM agreement_import_confirmation c
                         WHERE c.agreement_version_id = v.id AND c.organisation_id = q.organisation_id)));

CREATE VIEW route_candidate_party AS
SELECT p.agreement_version_id AS version_id, v.agreement_id, p.party_key, p.organisation_id
  FROM agreement_party p
  JOIN agreement_version v ON v.id = p.agreement_version_id
 WHERE v.status IN ('SUBMITTED', 'APPROVED', 'EXPIRED', 'TERMINATED')
   AND (v.origin = 'CONCORDAT' OR NOT EXISTS (SELECT 1 FROM agreement_party q WHERE q.agreement_version_id = v.id
        AND NOT EXISTS (SELECT 1 FROM agreement_import_confirmation c
                         WHERE c.agreement_version_id = v.id AND c.organisation_id = q.organisation_id)));

CREATE VIEW route_candidate_flow AS
SELECT f.agreement_version_id AS version_id, v.agreement_id, f.id AS flow_id,
       f.flow_key, f.sender_party_key, f.recipient_party_key, f.both_ways, f.data_subjects, f.data_categories,
       f.purpose, f.transfer_method, f.retention, f.regime, f.lawful_bases, f.recognised_interest,
       f.article9_condition, f.schedule1_condition, f.article10_authority, f.article10_schedule1_condition,
       f.law_enforcement_basis, f.sensitive_processing, f.schedule8_condition, f.statutory_gateways,
       f.other_legal_power, f.confidentiality_basis, f.legitimate_interests_assessment, f.recipient_secrecy
  FROM agreement_flow f
  JOIN agreement_version v ON v.id = f.agreement_version_id
 WHERE v.status IN ('SUBMITTED', 'APPROVED', 'EXPIRED', 'TERMINATED')
   AND (v.origin = 'CONCORDAT' OR NOT EXISTS (SELECT 1 FROM agreement_party q WHERE q.agreement_version_id = v.id
        AND NOT EXISTS (SELECT 1 FROM agreement_import_confirmation c
                         WHERE c.agreement_version_id = v.id AND c.organisation_id = q.organisation_id)));
