-- Concordat schema, version 12 (PostgreSQL only): what a DPIA version records cannot be rewritten once it has left
-- drafting, even by a bug or by hand in psql. The application enforces the same rules; these triggers are the last
-- line. While the DPO advises and until sign-off, the content is frozen and only the workflow moves on, along the
-- life cycle's own arrows; once signed off, nothing changes but the move to superseded.

CREATE FUNCTION concordat_guard_dpia_version() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status <> 'DRAFT' THEN
            RAISE EXCEPTION 'DPIA version % is % and cannot be deleted', OLD.id, OLD.status
                USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN OLD;
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

CREATE TRIGGER dpia_version_guard BEFORE UPDATE OR DELETE ON dpia_version
    FOR EACH ROW EXECUTE FUNCTION concordat_guard_dpia_version();

-- Screening answers, step answers, risks and measures belong to their version: they change only while it is a draft.
CREATE FUNCTION concordat_guard_dpia_content() RETURNS trigger AS $$
DECLARE
    version_id BIGINT;
    version_status VARCHAR(30);
BEGIN
    IF TG_TABLE_NAME = 'dpia_measure' THEN
        IF TG_OP = 'DELETE' THEN
            SELECT dpia_version_id INTO version_id FROM dpia_risk WHERE id = OLD.dpia_risk_id;
        ELSE
            SELECT dpia_version_id INTO version_id FROM dpia_risk WHERE id = NEW.dpia_risk_id;
        END IF;
        IF TG_OP = 'UPDATE' AND OLD.dpia_risk_id IS DISTINCT FROM NEW.dpia_risk_id THEN
            RAISE EXCEPTION 'a measure of DPIA version % cannot move to another risk', version_id
                USING ERRCODE = 'integrity_constraint_violation';
        END IF;
    ELSIF TG_OP = 'DELETE' THEN
        version_id := OLD.dpia_version_id;
    ELSE
        version_id := NEW.dpia_version_id;
        IF TG_OP = 'UPDATE' AND OLD.dpia_version_id IS DISTINCT FROM NEW.dpia_version_id THEN
            RAISE EXCEPTION '% of DPIA version % cannot move to another version', TG_TABLE_NAME, OLD.dpia_version_id
                USING ERRCODE = 'integrity_constraint_violation';
        END IF;
    END IF;
    SELECT status INTO version_status FROM dpia_version WHERE id = version_id;
    IF version_status IS DISTINCT FROM 'DRAFT' THEN
        RAISE EXCEPTION '% of DPIA version % cannot change: the version is %', TG_TABLE_NAME, version_id, version_status
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER dpia_screening_answer_guard BEFORE INSERT OR UPDATE OR DELETE ON dpia_screening_answer
    FOR EACH ROW EXECUTE FUNCTION concordat_guard_dpia_content();
CREATE TRIGGER dpia_step_answer_guard BEFORE INSERT OR UPDATE OR DELETE ON dpia_step_answer
    FOR EACH ROW EXECUTE FUNCTION concordat_guard_dpia_content();
CREATE TRIGGER dpia_risk_guard BEFORE INSERT OR UPDATE OR DELETE ON dpia_risk
    FOR EACH ROW EXECUTE FUNCTION concordat_guard_dpia_content();
CREATE TRIGGER dpia_measure_guard BEFORE INSERT OR UPDATE OR DELETE ON dpia_measure
    FOR EACH ROW EXECUTE FUNCTION concordat_guard_dpia_content();
