-- Concordat schema, version 18.1 (PostgreSQL only): the triggers that fill the change feed of V18.
--
-- One generation per transaction, not per row: the first change a transaction makes raises the counter (the row
-- lock it takes is held to commit, so generations are in commit order and a generation seen is a generation whose
-- changes are all visible); later changes of the same transaction are listed under the same number, read back
-- from a transaction-local setting.
INSERT INTO read_model_generation (id, generation) VALUES (1, 0);

CREATE FUNCTION concordat_note_change(changed_topic TEXT, changed_item BIGINT) RETURNS VOID AS $$
DECLARE
    g BIGINT := NULLIF(current_setting('concordat.change_generation', true), '')::BIGINT;
BEGIN
    IF changed_item IS NULL THEN
        RETURN;
    END IF;
    IF g IS NULL THEN
        UPDATE read_model_generation SET generation = generation + 1 WHERE id = 1 RETURNING generation INTO g;
        PERFORM set_config('concordat.change_generation', g::TEXT, true);
    END IF;
    INSERT INTO read_model_change (generation, topic, item_id, changed_at)
        VALUES (g, changed_topic, changed_item, now())
        ON CONFLICT DO NOTHING;
END
$$ LANGUAGE plpgsql;

-- Agreements: the version rows (status, dates), their parties and flows, and the agreement's reference.
CREATE FUNCTION concordat_agreement_changed() RETURNS TRIGGER AS $$
BEGIN
    IF TG_TABLE_NAME = 'agreement' THEN
        PERFORM concordat_note_change('agreement', COALESCE(NEW.id, OLD.id));
    ELSIF TG_TABLE_NAME = 'agreement_version' THEN
        PERFORM concordat_note_change('agreement', COALESCE(NEW.agreement_id, OLD.agreement_id));
    ELSE
        PERFORM concordat_note_change('agreement', (SELECT v.agreement_id FROM agreement_version v
            WHERE v.id = COALESCE(NEW.agreement_version_id, OLD.agreement_version_id)));
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER agreement_noted AFTER UPDATE OR DELETE ON agreement
    FOR EACH ROW EXECUTE FUNCTION concordat_agreement_changed();
CREATE TRIGGER agreement_version_noted AFTER INSERT OR UPDATE OR DELETE ON agreement_version
    FOR EACH ROW EXECUTE FUNCTION concordat_agreement_changed();
CREATE TRIGGER agreement_party_noted AFTER INSERT OR UPDATE OR DELETE ON agreement_party
    FOR EACH ROW EXECUTE FUNCTION concordat_agreement_changed();
CREATE TRIGGER agreement_flow_noted AFTER INSERT OR UPDATE OR DELETE ON agreement_flow
    FOR EACH ROW EXECUTE FUNCTION concordat_agreement_changed();

-- Organisations (name, active, DPO), users (active, name, organisation), their roles, and API tokens (revocation,
-- expiry). A token's "last used" is written often and changes nothing a read model holds: not noted.
CREATE FUNCTION concordat_party_changed() RETURNS TRIGGER AS $$
BEGIN
    IF TG_TABLE_NAME = 'organisation' THEN
        PERFORM concordat_note_change('organisation', COALESCE(NEW.id, OLD.id));
    ELSIF TG_TABLE_NAME = 'app_user' THEN
        PERFORM concordat_note_change('user', COALESCE(NEW.id, OLD.id));
    ELSIF TG_TABLE_NAME = 'app_user_role' THEN
        PERFORM concordat_note_change('user', COALESCE(NEW.user_id, OLD.user_id));
    ELSE
        PERFORM concordat_note_change('token', COALESCE(NEW.id, OLD.id));
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER organisation_noted AFTER INSERT OR UPDATE OR DELETE ON organisation
    FOR EACH ROW EXECUTE FUNCTION concordat_party_changed();
CREATE TRIGGER app_user_noted AFTER INSERT OR UPDATE OR DELETE ON app_user
    FOR EACH ROW EXECUTE FUNCTION concordat_party_changed();
CREATE TRIGGER app_user_role_noted AFTER INSERT OR UPDATE OR DELETE ON app_user_role
    FOR EACH ROW EXECUTE FUNCTION concordat_party_changed();
CREATE TRIGGER api_token_noted AFTER UPDATE OF user_id, token_hash, expires_at, revoked_at OR DELETE ON api_token
    FOR EACH ROW EXECUTE FUNCTION concordat_party_changed();
