-- Concordat schema, version 20.1 (PostgreSQL only): the guard of DPIA versions (V12) learns the prior consultation
-- with the ICO. A version awaiting it moves to completed only with the ICO's written advice recorded (UK GDPR Article
-- 36(2)), that record is written by that move alone, and it is never rewritten. Everything else is as in V12.

CREATE OR REPLACE FUNCTION concordat_guard_dpia_version() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status <> 'DRAFT' THEN
            RAISE EXCEPTION 'DPIA version % is % and cannot be deleted', OLD.id, OLD.status
                USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN OLD;
    END IF;
    -- The ICO's written advice is written once, by the move from awaiting prior consultation to completed, and only
    -- with the advice itself; before that no version carries it, afterwards it is never rewritten.
    IF (NEW.ico_reference IS DISTINCT FROM OLD.ico_reference
            OR NEW.ico_advice_received_on IS DISTINCT FROM OLD.ico_advice_received_on
            OR NEW.ico_advice IS DISTINCT FROM OLD.ico_advice OR NEW.ico_advice_followed IS DISTINCT FROM OLD.ico_advice_followed
            OR NEW.ico_advice_recorded_by_email IS DISTINCT FROM OLD.ico_advice_recorded_by_email
            OR NEW.ico_advice_recorded_by_name IS DISTINCT FROM OLD.ico_advice_recorded_by_name
            OR NEW.ico_advice_recorded_at IS DISTINCT FROM OLD.ico_advice_recorded_at)
        AND NOT (OLD.status = 'PRIOR_CONSULTATION_REQUIRED' AND NEW.status = 'COMPLETED'
            AND OLD.ico_advice_recorded_at IS NULL) THEN
        RAISE EXCEPTION 'the ICO''s advice on DPIA version % cannot be written or rewritten now', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF OLD.status = 'DRAFT' AND NEW.status IN ('DRAFT', 'AWAITING_DPO_ADVICE') THEN
        RETURN NEW;
    END IF;
    IF NEW.dpia_id IS DISTINCT FROM OLD.dpia_id OR NEW.number IS DISTINCT FROM OLD.number
        OR NEW.template_version_id IS DISTINCT FROM OLD.template_version_id OR NEW.title IS DISTINCT FROM OLD.title
        OR NEW.risk_scale IS DISTINCT FROM OLD.risk_scale OR NEW.screening_outcome IS DISTINCT FROM OLD.screening_outcome
        OR NEW.last_risk_number IS DISTINCT FROM OLD.last_risk_number
        OR NEW.last_measure_number IS DISTINCT FROM OLD.last_measure_number
        OR NEW.created_at IS DISTINCT FROM OLD.created_at OR NEW.created_by IS DISTINCT FROM OLD.created_by
        OR NEW.dpo_advice_requested_at IS DISTINCT FROM OLD.dpo_advice_requested_at
        OR NEW.dpo_advice_requested_by IS DISTINCT FROM OLD.dpo_advice_requested_by THEN
        RAISE EXCEPTION 'DPIA version % is % and its content cannot be changed', OLD.id, OLD.status
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF NOT (NEW.status = OLD.status
            OR (OLD.status = 'AWAITING_DPO_ADVICE' AND NEW.status IN ('AWAITING_SIGN_OFF', 'DRAFT'))
            OR (OLD.status = 'AWAITING_SIGN_OFF' AND NEW.status IN ('COMPLETED', 'PRIOR_CONSULTATION_REQUIRED', 'DRAFT'))
            OR (OLD.status = 'PRIOR_CONSULTATION_REQUIRED' AND NEW.status = 'COMPLETED'
                AND NEW.ico_advice_recorded_at IS NOT NULL)
            OR (OLD.status IN ('COMPLETED', 'PRIOR_CONSULTATION_REQUIRED') AND NEW.status = 'SUPERSEDED')) THEN
        RAISE EXCEPTION 'DPIA version % cannot go from % to %', OLD.id, OLD.status, NEW.status
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    -- The DPO's advice is written while it is awaited (and withdrawn on the way back to draft); the sign-off record
    -- is written by the sign-off itself. Neither is rewritten afterwards.
    IF (NEW.dpo_advice IS DISTINCT FROM OLD.dpo_advice OR NEW.dpo_advice_summary IS DISTINCT FROM OLD.dpo_advice_summary
            OR NEW.dpo_advice_by_email IS DISTINCT FROM OLD.dpo_advice_by_email
            OR NEW.dpo_advice_by_name IS DISTINCT FROM OLD.dpo_advice_by_name OR NEW.dpo_advice_at IS DISTINCT FROM OLD.dpo_advice_at)
        AND NOT (OLD.status = 'AWAITING_DPO_ADVICE' AND NEW.status = 'AWAITING_SIGN_OFF')
        AND NOT (OLD.status IN ('AWAITING_DPO_ADVICE', 'AWAITING_SIGN_OFF') AND NEW.status = 'DRAFT') THEN
        RAISE EXCEPTION 'the DPO''s advice on DPIA version % cannot be rewritten', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF (NEW.measures_approved_by IS DISTINCT FROM OLD.measures_approved_by
            OR NEW.residual_risks_approved_by IS DISTINCT FROM OLD.residual_risks_approved_by
            OR NEW.dpo_advice_decision IS DISTINCT FROM OLD.dpo_advice_decision
            OR NEW.dpo_advice_decided_by IS DISTINCT FROM OLD.dpo_advice_decided_by
            OR NEW.overrule_reasons IS DISTINCT FROM OLD.overrule_reasons
            OR NEW.consultation_reviewed_by IS DISTINCT FROM OLD.consultation_reviewed_by
            OR NEW.consultation_notes IS DISTINCT FROM OLD.consultation_notes
            OR NEW.kept_under_review_by IS DISTINCT FROM OLD.kept_under_review_by
            OR NEW.review_date IS DISTINCT FROM OLD.review_date
            OR NEW.signed_off_by_email IS DISTINCT FROM OLD.signed_off_by_email
            OR NEW.signed_off_by_name IS DISTINCT FROM OLD.signed_off_by_name
            OR NEW.signed_off_at IS DISTINCT FROM OLD.signed_off_at)
        AND NOT (OLD.status = 'AWAITING_SIGN_OFF' AND NEW.status IN ('COMPLETED', 'PRIOR_CONSULTATION_REQUIRED')) THEN
        RAISE EXCEPTION 'the sign-off of DPIA version % cannot be rewritten', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;
