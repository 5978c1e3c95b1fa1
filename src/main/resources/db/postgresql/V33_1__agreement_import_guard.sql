-- Concordat schema, version 33.1 (PostgreSQL only): imported agreements (V33) are as immutable as approved ones.
-- An imported version is written as a draft (its parties and flows with it, which V8 allows only then) and moved to
-- approved in the same transaction; from then on the guard of V8 holds, and it now covers the origin too, so an
-- imported version can never pass for one approved in Concordat or the reverse. Everything else is as in V8.

CREATE OR REPLACE FUNCTION concordat_guard_agreement_version() RETURNS trigger AS $$
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
        OR NEW.submitted_at IS DISTINCT FROM OLD.submitted_at OR NEW.created_at IS DISTINCT FROM OLD.created_at
        OR NEW.origin IS DISTINCT FROM OLD.origin THEN
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

-- The record of an import and the parties' confirmations are append-only (concordat_append_only() comes from V8).
CREATE TRIGGER agreement_import_append_only BEFORE UPDATE OR DELETE ON agreement_import
    FOR EACH ROW EXECUTE FUNCTION concordat_append_only();
CREATE TRIGGER agreement_import_confirmation_append_only BEFORE UPDATE OR DELETE ON agreement_import_confirmation
    FOR EACH ROW EXECUTE FUNCTION concordat_append_only();

-- A confirmation changes what route checks see (V33's views): it is noted in the change feed of V18 like any change
-- to the agreement, so every node's route read model reloads the agreement before its next answer.
CREATE TRIGGER agreement_import_confirmation_noted AFTER INSERT ON agreement_import_confirmation
    FOR EACH ROW EXECUTE FUNCTION concordat_agreement_changed();
