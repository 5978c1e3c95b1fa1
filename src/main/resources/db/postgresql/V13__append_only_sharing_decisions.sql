-- Concordat schema, version 13 (PostgreSQL only): recorded sharing decisions are never changed or deleted; a
-- correction is a new entry that refers to the one it corrects. concordat_append_only() comes from V8.
CREATE TRIGGER sharing_decision_append_only BEFORE UPDATE OR DELETE ON sharing_decision
    FOR EACH ROW EXECUTE FUNCTION concordat_append_only();
