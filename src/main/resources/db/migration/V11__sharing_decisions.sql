-- Concordat schema, version 11: the sharing decision log (golden rule 7) and the routes checked that were not
-- (fully) covered, from which the partnership sees which agreements it lacks.
-- A decision holds the case system's reference for the child, never a name: Concordat is not a case record.
CREATE SEQUENCE sharing_decision_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE route_gap_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE sharing_decision (
    id                          BIGINT PRIMARY KEY,
    organisation_id             BIGINT NOT NULL REFERENCES organisation (id),
    recorded_by_user_id         BIGINT NOT NULL REFERENCES app_user (id),
    recorded_by_name            VARCHAR(200) NOT NULL,
    recorded_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    decision                    VARCHAR(12) NOT NULL,
    recipient_organisation_id   BIGINT REFERENCES organisation (id),
    recipient_other             VARCHAR(200),
    decided_on                  DATE NOT NULL,
    data_subjects               VARCHAR(1000) NOT NULL,
    data_categories             VARCHAR(1000) NOT NULL,
    purpose                     VARCHAR(60) NOT NULL,
    lawful_basis                VARCHAR(60),
    agreement_version_id        BIGINT REFERENCES agreement_version (id),
    no_agreement_reason         VARCHAR(12),
    route_outcome               VARCHAR(20),
    emergency                   BOOLEAN NOT NULL,
    family_informed             BOOLEAN NOT NULL,
    family_not_informed_reason  VARCHAR(2000),
    consent_sought              BOOLEAN NOT NULL,
    consent_not_sought_reason   VARCHAR(2000),
    rationale                   VARCHAR(4000) NOT NULL,
    case_reference              VARCHAR(40) NOT NULL,
    corrects_id                 BIGINT REFERENCES sharing_decision (id),
    CONSTRAINT sharing_decision_known CHECK (decision IN ('SHARED', 'NOT_SHARED')),
    CONSTRAINT sharing_decision_basis CHECK (agreement_version_id IS NOT NULL OR no_agreement_reason IN ('EMERGENCY', 'OTHER')),
    CONSTRAINT sharing_decision_recipient CHECK (recipient_organisation_id IS NOT NULL OR recipient_other IS NOT NULL)
);
CREATE INDEX sharing_decision_organisation_idx ON sharing_decision (organisation_id, recorded_at);
CREATE INDEX sharing_decision_recorder_idx ON sharing_decision (recorded_by_user_id, recorded_at);

CREATE TABLE route_gap (
    id                          BIGINT PRIMARY KEY,
    organisation_id             BIGINT NOT NULL REFERENCES organisation (id),
    to_organisation_id          BIGINT REFERENCES organisation (id),
    purpose                     VARCHAR(60) NOT NULL,
    outcome                     VARCHAR(20) NOT NULL,
    checked_at                  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX route_gap_organisation_idx ON route_gap (organisation_id, checked_at);
