-- Concordat schema, version 17.1 (PostgreSQL only): the installation's key derivation is never rewritten or deleted
-- (a new salt would make every sealed key unusable). concordat_append_only() comes from V8.

CREATE TRIGGER signing_key_sealing_append_only BEFORE UPDATE OR DELETE ON signing_key_sealing
    FOR EACH ROW EXECUTE FUNCTION concordat_append_only();
