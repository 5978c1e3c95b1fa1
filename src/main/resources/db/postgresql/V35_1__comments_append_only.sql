-- Concordat schema, version 35.1 (PostgreSQL only): a comment, once written, is never rewritten or removed
-- (concordat_append_only() comes from V8). Its thread's status changes (resolved, reopened); its words do not.
CREATE TRIGGER comment_entry_append_only BEFORE UPDATE OR DELETE ON comment_entry
    FOR EACH ROW EXECUTE FUNCTION concordat_append_only();
