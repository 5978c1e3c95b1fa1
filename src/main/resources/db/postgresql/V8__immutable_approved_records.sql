-- Concordat schema, version 8 (PostgreSQL only): what has been submitted, approved or decided cannot be changed,
-- even by a bug or by hand in psql. The application enforces the same rules; these triggers are the last line.
-- A submitted version's content is frozen; only its status may move on, along the life cycle's own arrows.

CREATE FUNCTION concordat_guard_agreement_version() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status <> 'DRAFT' THEN
            RAISE EXCEPTION 'agreement version % is % and cannot be deleted', OLD.id, OLD.status
                USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.status = 'DRAFT' THEN
        RETURN NEW;
    END IF;
    IF NEW.agreement_id IS DISTINCT FROM OLD.agreement_id OR NEW.number IS DISTINCT FROM OLD.number
        OR NEW.template_version_id IS DISTINCT FROM OLD.template_version_id OR NEW.title IS DISTINCT FROM OLD.title
        OR NEW.purpose IS DISTINCT FROM OLD.purpose OR NEW.benefits IS DISTINCT FROM OLD.benefits
        OR NEW.effective_date IS DISTINCT FROM OLD.effective_date OR NEW.review_date IS DISTINCT FROM OLD.review_date
        OR NEW.end_date IS DISTINCT FROM OLD.end_date OR NEW.submission_round IS DISTINCT FROM OLD.submission_round
        OR NEW.submitted_at IS DISTINCT FROM OLD.submitted_at OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
        RAISE EXCEPTION 'agreement version % is % and its content cannot be changed', OLD.id, OLD.status
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF NOT (NEW.status = OLD.status
            OR (OLD.status = 'SUBMITTED' AND NEW.status IN ('DRAFT', 'APPROVED'))
            OR (OLD.status = 'APPROVED' AND NEW.status IN ('SUPERSEDED', 'EXPIRED', 'TERMINATED'))) THEN
        RAISE EXCEPTION 'agreement version % cannot go from % to %', OLD.id, OLD.status, NEW.status
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF (NEW.approved_at IS DISTINCT FROM OLD.approved_at AND OLD.status <> 'SUBMITTED')
        OR ((NEW.terminated_on IS DISTINCT FROM OLD.terminated_on OR NEW.termination_reason IS DISTINCT FROM OLD.termination_reason)
            AND NOT (OLD.status = 'APPROVED' AND NEW.status = 'TERMINATED')) THEN
        RAISE EXCEPTION 'agreement version % is % and its record cannot be rewritten', OLD.id, OLD.status
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER agreement_version_guard BEFORE UPDATE OR DELETE ON agreement_version
    FOR EACH ROW EXECUTE FUNCTION concordat_guard_agreement_version();

-- Parties, section answers and flows belong to their version: they change only while it is a draft.
CREATE FUNCTION concordat_guard_agreement_content() RETURNS trigger AS $$
DECLARE
    version_id BIGINT;
    version_status VARCHAR(12);
BEGIN
    IF TG_OP = 'DELETE' THEN
        version_id := OLD.agreement_version_id;
    ELSE
        version_id := NEW.agreement_version_id;
    END IF;
    SELECT status INTO version_status FROM agreement_version WHERE id = version_id;
    IF version_status IS DISTINCT FROM 'DRAFT'
        OR (TG_OP = 'UPDATE' AND OLD.agreement_version_id IS DISTINCT FROM NEW.agreement_version_id) THEN
        RAISE EXCEPTION '% of agreement version % cannot change: the version is %', TG_TABLE_NAME, version_id, version_status
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER agreement_party_guard BEFORE INSERT OR UPDATE OR DELETE ON agreement_party
    FOR EACH ROW EXECUTE FUNCTION concordat_guard_agreement_content();
CREATE TRIGGER agreement_flow_guard BEFORE INSERT OR UPDATE OR DELETE ON agreement_flow
    FOR EACH ROW EXECUTE FUNCTION concordat_guard_agreement_content();
CREATE TRIGGER agreement_section_answer_guard BEFORE INSERT OR UPDATE OR DELETE ON agreement_section_answer
    FOR EACH ROW EXECUTE FUNCTION concordat_guard_agreement_content();

-- Decisions and the audit trail are append-only.
CREATE FUNCTION concordat_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: rows cannot be changed or deleted', TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER agreement_decision_append_only BEFORE UPDATE OR DELETE ON agreement_decision
    FOR EACH ROW EXECUTE FUNCTION concordat_append_only();
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION concordat_append_only();
