-- Verbinder schema, version 17: the day the practice has known a partner since, when that is
-- earlier than the day its record was typed in (a partner list imported with a "Bekend sinds"
-- column, or entered in the partner form). The past as it was (store.jdbc.AsOf) counts a
-- partner from the earliest of its creation, its first contact moment and this day.
ALTER TABLE partner ADD COLUMN known_since TEXT
    CHECK (known_since IS NULL OR is_iso_date(known_since));

-- The history records the day as every other field of a partner: its update and delete triggers
-- (V5) are made again with known_since added. What follows the DROPs was written from the SQLite
-- V17 by scripts/history-triggers-postgresql.py.
DROP TRIGGER history_partner_update ON partner;
DROP TRIGGER history_partner_delete ON partner;
DROP FUNCTION history_partner_update();
DROP FUNCTION history_partner_delete();

-- partner
CREATE FUNCTION history_partner_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, utc_now()), c.actor_id, c.actor, c.change_set,
           'update', 'partner', NEW.id, NEW.name, NEW.id
    FROM history_context_now() c;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT currval(pg_get_serial_sequence('history_change', 'id')), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'name' AS field, CAST(OLD.name AS TEXT) AS old_value, CAST(NEW.name AS TEXT) AS new_value
        UNION ALL SELECT 'kind', CAST(OLD.kind AS TEXT), CAST(NEW.kind AS TEXT)
        UNION ALL SELECT 'category', CAST(OLD.category AS TEXT), CAST(NEW.category AS TEXT)
        UNION ALL SELECT 'street', CAST(OLD.street AS TEXT), CAST(NEW.street AS TEXT)
        UNION ALL SELECT 'postcode', CAST(OLD.postcode AS TEXT), CAST(NEW.postcode AS TEXT)
        UNION ALL SELECT 'city', CAST(OLD.city AS TEXT), CAST(NEW.city AS TEXT)
        UNION ALL SELECT 'phone', CAST(OLD.phone AS TEXT), CAST(NEW.phone AS TEXT)
        UNION ALL SELECT 'email', CAST(OLD.email AS TEXT), CAST(NEW.email AS TEXT)
        UNION ALL SELECT 'website', CAST(OLD.website AS TEXT), CAST(NEW.website AS TEXT)
        UNION ALL SELECT 'how_we_know', CAST(OLD.how_we_know AS TEXT), CAST(NEW.how_we_know AS TEXT)
        UNION ALL SELECT 'what_they_mean_for_us', CAST(OLD.what_they_mean_for_us AS TEXT), CAST(NEW.what_they_mean_for_us AS TEXT)
        UNION ALL SELECT 'what_we_mean_for_them', CAST(OLD.what_we_mean_for_them AS TEXT), CAST(NEW.what_we_mean_for_them AS TEXT)
        UNION ALL SELECT 'rhythm_days', CAST(OLD.rhythm_days AS TEXT), CAST(NEW.rhythm_days AS TEXT)
        UNION ALL SELECT 'status', CAST(OLD.status AS TEXT), CAST(NEW.status AS TEXT)
        UNION ALL SELECT 'trust', CAST(OLD.trust AS TEXT), CAST(NEW.trust AS TEXT)
        UNION ALL SELECT 'owner_id', CAST(OLD.owner_id AS TEXT), CAST(NEW.owner_id AS TEXT)
        UNION ALL SELECT 'notes', CAST(OLD.notes AS TEXT), CAST(NEW.notes AS TEXT)
        UNION ALL SELECT 'deleted_at', CAST(OLD.deleted_at AS TEXT), CAST(NEW.deleted_at AS TEXT)
        UNION ALL SELECT 'known_since', CAST(OLD.known_since AS TEXT), CAST(NEW.known_since AS TEXT)) f
    WHERE f.old_value IS DISTINCT FROM f.new_value;
    RETURN NULL;
END
$$;
CREATE TRIGGER history_partner_update AFTER UPDATE ON partner FOR EACH ROW
WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.kind IS DISTINCT FROM NEW.kind OR OLD.category IS DISTINCT FROM NEW.category OR OLD.street IS DISTINCT FROM NEW.street OR OLD.postcode IS DISTINCT FROM NEW.postcode OR OLD.city IS DISTINCT FROM NEW.city OR OLD.phone IS DISTINCT FROM NEW.phone OR OLD.email IS DISTINCT FROM NEW.email OR OLD.website IS DISTINCT FROM NEW.website OR OLD.how_we_know IS DISTINCT FROM NEW.how_we_know OR OLD.what_they_mean_for_us IS DISTINCT FROM NEW.what_they_mean_for_us OR OLD.what_we_mean_for_them IS DISTINCT FROM NEW.what_we_mean_for_them OR OLD.rhythm_days IS DISTINCT FROM NEW.rhythm_days OR OLD.status IS DISTINCT FROM NEW.status OR OLD.trust IS DISTINCT FROM NEW.trust OR OLD.owner_id IS DISTINCT FROM NEW.owner_id OR OLD.notes IS DISTINCT FROM NEW.notes OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at OR OLD.known_since IS DISTINCT FROM NEW.known_since) EXECUTE FUNCTION history_partner_update();
CREATE FUNCTION history_partner_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, utc_now()), c.actor_id, c.actor, c.change_set,
           'delete', 'partner', OLD.id, OLD.name, OLD.id
    FROM history_context_now() c;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT currval(pg_get_serial_sequence('history_change', 'id')), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'name' AS field, CAST(OLD.name AS TEXT) AS old_value, NULL AS new_value
        UNION ALL SELECT 'kind', CAST(OLD.kind AS TEXT), NULL
        UNION ALL SELECT 'category', CAST(OLD.category AS TEXT), NULL
        UNION ALL SELECT 'street', CAST(OLD.street AS TEXT), NULL
        UNION ALL SELECT 'postcode', CAST(OLD.postcode AS TEXT), NULL
        UNION ALL SELECT 'city', CAST(OLD.city AS TEXT), NULL
        UNION ALL SELECT 'phone', CAST(OLD.phone AS TEXT), NULL
        UNION ALL SELECT 'email', CAST(OLD.email AS TEXT), NULL
        UNION ALL SELECT 'website', CAST(OLD.website AS TEXT), NULL
        UNION ALL SELECT 'how_we_know', CAST(OLD.how_we_know AS TEXT), NULL
        UNION ALL SELECT 'what_they_mean_for_us', CAST(OLD.what_they_mean_for_us AS TEXT), NULL
        UNION ALL SELECT 'what_we_mean_for_them', CAST(OLD.what_we_mean_for_them AS TEXT), NULL
        UNION ALL SELECT 'rhythm_days', CAST(OLD.rhythm_days AS TEXT), NULL
        UNION ALL SELECT 'status', CAST(OLD.status AS TEXT), NULL
        UNION ALL SELECT 'trust', CAST(OLD.trust AS TEXT), NULL
        UNION ALL SELECT 'owner_id', CAST(OLD.owner_id AS TEXT), NULL
        UNION ALL SELECT 'notes', CAST(OLD.notes AS TEXT), NULL
        UNION ALL SELECT 'deleted_at', CAST(OLD.deleted_at AS TEXT), NULL
        UNION ALL SELECT 'known_since', CAST(OLD.known_since AS TEXT), NULL) f
    WHERE f.old_value IS NOT NULL;
    RETURN NULL;
END
$$;
CREATE TRIGGER history_partner_delete AFTER DELETE ON partner FOR EACH ROW EXECUTE FUNCTION history_partner_delete();
