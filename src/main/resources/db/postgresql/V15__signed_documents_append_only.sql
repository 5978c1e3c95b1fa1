-- Concordat schema, version 15 (PostgreSQL only): a signed document only ever grows. Each signature is an
-- incremental update appended to the PDF, so the stored bytes may be replaced only by a longer copy that starts
-- with the old bytes; what was rendered, and for which version and round, never changes. Signatures are
-- append-only, and the certification authority is never rewritten. concordat_append_only() comes from V8.

CREATE FUNCTION concordat_guard_signed_document() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'signed document % cannot be deleted', OLD.id USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF NEW.agreement_version_id IS DISTINCT FROM OLD.agreement_version_id
        OR NEW.submission_round IS DISTINCT FROM OLD.submission_round
        OR NEW.rendered_length IS DISTINCT FROM OLD.rendered_length OR NEW.sha256 IS DISTINCT FROM OLD.sha256
        OR NEW.json IS DISTINCT FROM OLD.json OR NEW.created_at IS DISTINCT FROM OLD.created_at
        OR length(NEW.content) < length(OLD.content)
        OR substring(NEW.content FROM 1 FOR length(OLD.content)) IS DISTINCT FROM OLD.content THEN
        RAISE EXCEPTION 'signed document % can only grow by appended signatures', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER signed_document_guard BEFORE UPDATE OR DELETE ON signed_document
    FOR EACH ROW EXECUTE FUNCTION concordat_guard_signed_document();
CREATE TRIGGER document_signature_append_only BEFORE UPDATE OR DELETE ON document_signature
    FOR EACH ROW EXECUTE FUNCTION concordat_append_only();
CREATE TRIGGER signing_authority_append_only BEFORE UPDATE OR DELETE ON signing_authority
    FOR EACH ROW EXECUTE FUNCTION concordat_append_only();
