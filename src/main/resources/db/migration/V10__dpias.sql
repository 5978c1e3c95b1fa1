-- Concordat schema, version 10: data protection impact assessments (DPIAs) on the ICO template: a DPIA's identity
-- and the agreements it is linked to; its versions with the screening (questions kept with their answers), the
-- answers to the template's steps, the risk register and each risk's measures, the DPO's advice and the sign-off.
-- Overall and residual risks are stored as the matrix gave them when the risk or measure was saved.

CREATE SEQUENCE dpia_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE dpia_version_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE dpia_risk_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE dpia_measure_seq START WITH 1 INCREMENT BY 50;
-- The running number in references such as DPIA-2026-0007.
CREATE SEQUENCE dpia_reference_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE dpia (
    id                          BIGINT PRIMARY KEY,
    version                     BIGINT NOT NULL,
    reference                   VARCHAR(20) NOT NULL,
    lead_organisation_id        BIGINT NOT NULL REFERENCES organisation (id),
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT dpia_reference_unique UNIQUE (reference)
);
CREATE INDEX dpia_lead_idx ON dpia (lead_organisation_id);

CREATE TABLE dpia_agreement (
    dpia_id                     BIGINT NOT NULL REFERENCES dpia (id) ON DELETE CASCADE,
    agreement_id                BIGINT NOT NULL REFERENCES agreement (id),
    PRIMARY KEY (dpia_id, agreement_id)
);
CREATE INDEX dpia_agreement_agreement_idx ON dpia_agreement (agreement_id);

CREATE TABLE dpia_version (
    id                          BIGINT PRIMARY KEY,
    version                     BIGINT NOT NULL,
    dpia_id                     BIGINT NOT NULL REFERENCES dpia (id),
    number                      INTEGER NOT NULL,
    status                      VARCHAR(30) NOT NULL,
    template_version_id         BIGINT NOT NULL REFERENCES template_version (id),
    title                       VARCHAR(200) NOT NULL,
    risk_scale                  VARCHAR(100) NOT NULL,
    screening_outcome           VARCHAR(20),
    last_risk_number            INTEGER NOT NULL,
    last_measure_number         INTEGER NOT NULL,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by                  VARCHAR(254) NOT NULL,
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    dpo_advice_requested_at     TIMESTAMP WITH TIME ZONE,
    dpo_advice_requested_by     VARCHAR(254),
    dpo_advice                  VARCHAR(8000),
    dpo_advice_summary          VARCHAR(1000),
    dpo_advice_by_email         VARCHAR(254),
    dpo_advice_by_name          VARCHAR(200),
    dpo_advice_at               TIMESTAMP WITH TIME ZONE,
    measures_approved_by        VARCHAR(200),
    residual_risks_approved_by  VARCHAR(200),
    dpo_advice_decision         VARCHAR(10),
    dpo_advice_decided_by       VARCHAR(200),
    overrule_reasons            VARCHAR(4000),
    consultation_reviewed_by    VARCHAR(200),
    consultation_notes          VARCHAR(4000),
    kept_under_review_by        VARCHAR(200),
    review_date                 DATE,
    signed_off_by_email         VARCHAR(254),
    signed_off_by_name          VARCHAR(200),
    signed_off_at               TIMESTAMP WITH TIME ZONE,
    CONSTRAINT dpia_version_number_unique UNIQUE (dpia_id, number),
    CONSTRAINT dpia_version_status_known CHECK (status IN ('DRAFT', 'AWAITING_DPO_ADVICE', 'AWAITING_SIGN_OFF',
        'COMPLETED', 'PRIOR_CONSULTATION_REQUIRED', 'SUPERSEDED')),
    CONSTRAINT dpia_version_outcome_known CHECK (screening_outcome IS NULL
        OR screening_outcome IN ('REQUIRED', 'RECOMMENDED', 'NOT_REQUIRED')),
    CONSTRAINT dpia_version_decision_known CHECK (dpo_advice_decision IS NULL
        OR dpo_advice_decision IN ('ACCEPTED', 'OVERRULED')),
    CONSTRAINT dpia_version_overrule_reasoned CHECK (dpo_advice_decision IS NULL
        OR dpo_advice_decision = 'ACCEPTED' OR overrule_reasons IS NOT NULL)
);
CREATE INDEX dpia_version_dpia_idx ON dpia_version (dpia_id);

CREATE TABLE dpia_screening_answer (
    dpia_version_id             BIGINT NOT NULL REFERENCES dpia_version (id) ON DELETE CASCADE,
    question_order              INTEGER NOT NULL,
    question_key                VARCHAR(60) NOT NULL,
    question                    VARCHAR(1000) NOT NULL,
    guidance                    VARCHAR(4000),
    indicator                   VARCHAR(300) NOT NULL,
    high_risk                   BOOLEAN NOT NULL,
    answer                      BOOLEAN,
    PRIMARY KEY (dpia_version_id, question_order)
);

CREATE TABLE dpia_step_answer (
    dpia_version_id             BIGINT NOT NULL REFERENCES dpia_version (id) ON DELETE CASCADE,
    answer_key                  VARCHAR(130) NOT NULL,
    answer                      VARCHAR(20000) NOT NULL,
    PRIMARY KEY (dpia_version_id, answer_key)
);

CREATE TABLE dpia_risk (
    id                          BIGINT PRIMARY KEY,
    dpia_version_id             BIGINT NOT NULL REFERENCES dpia_version (id) ON DELETE CASCADE,
    risk_key                    VARCHAR(20) NOT NULL,
    source                      VARCHAR(2000) NOT NULL,
    impact                      VARCHAR(2000) NOT NULL,
    likelihood                  VARCHAR(10) NOT NULL,
    severity                    VARCHAR(12) NOT NULL,
    overall                     VARCHAR(6) NOT NULL,
    CONSTRAINT dpia_risk_key_unique UNIQUE (dpia_version_id, risk_key),
    CONSTRAINT dpia_risk_likelihood_known CHECK (likelihood IN ('REMOTE', 'POSSIBLE', 'PROBABLE')),
    CONSTRAINT dpia_risk_severity_known CHECK (severity IN ('MINIMAL', 'SIGNIFICANT', 'SEVERE')),
    CONSTRAINT dpia_risk_overall_known CHECK (overall IN ('LOW', 'MEDIUM', 'HIGH'))
);
CREATE INDEX dpia_risk_version_idx ON dpia_risk (dpia_version_id);

CREATE TABLE dpia_measure (
    id                          BIGINT PRIMARY KEY,
    dpia_risk_id                BIGINT NOT NULL REFERENCES dpia_risk (id) ON DELETE CASCADE,
    measure_key                 VARCHAR(20) NOT NULL,
    description                 VARCHAR(2000) NOT NULL,
    effect                      VARCHAR(12) NOT NULL,
    residual_likelihood         VARCHAR(10) NOT NULL,
    residual_severity           VARCHAR(12) NOT NULL,
    residual                    VARCHAR(6) NOT NULL,
    approved                    BOOLEAN NOT NULL,
    owner                       VARCHAR(200),
    due_date                    DATE,
    CONSTRAINT dpia_measure_effect_known CHECK (effect IN ('ELIMINATED', 'REDUCED', 'ACCEPTED')),
    CONSTRAINT dpia_measure_likelihood_known CHECK (residual_likelihood IN ('REMOTE', 'POSSIBLE', 'PROBABLE')),
    CONSTRAINT dpia_measure_severity_known CHECK (residual_severity IN ('MINIMAL', 'SIGNIFICANT', 'SEVERE')),
    CONSTRAINT dpia_measure_residual_known CHECK (residual IN ('LOW', 'MEDIUM', 'HIGH'))
);
CREATE INDEX dpia_measure_risk_idx ON dpia_measure (dpia_risk_id);
