-- Verbinder schema, version 17: the day the practice has known a partner since, when that is
-- earlier than the day its record was typed in (a partner list imported with a "Bekend sinds"
-- column, or entered in the partner form). The past as it was (store.jdbc.AsOf) counts a
-- partner from the earliest of its creation, its first contact moment and this day.
-- ADD COLUMN, not a table rebuild: partner has foreign keys pointing at it.
ALTER TABLE partner ADD COLUMN known_since TEXT
    CHECK (known_since IS NULL OR date(known_since) IS known_since);

-- The history records the day as every other field of a partner: its update and delete triggers
-- (V5) are made again with known_since added, statement for statement as before otherwise.
DROP TRIGGER history_partner_update;
DROP TRIGGER history_partner_delete;
CREATE TRIGGER history_partner_update AFTER UPDATE ON partner
WHEN OLD.name IS NOT NEW.name OR OLD.kind IS NOT NEW.kind OR OLD.category IS NOT NEW.category OR OLD.street IS NOT NEW.street OR OLD.postcode IS NOT NEW.postcode OR OLD.city IS NOT NEW.city OR OLD.phone IS NOT NEW.phone OR OLD.email IS NOT NEW.email OR OLD.website IS NOT NEW.website OR OLD.how_we_know IS NOT NEW.how_we_know OR OLD.what_they_mean_for_us IS NOT NEW.what_they_mean_for_us OR OLD.what_we_mean_for_them IS NOT NEW.what_we_mean_for_them OR OLD.rhythm_days IS NOT NEW.rhythm_days OR OLD.status IS NOT NEW.status OR OLD.trust IS NOT NEW.trust OR OLD.owner_id IS NOT NEW.owner_id OR OLD.notes IS NOT NEW.notes OR OLD.deleted_at IS NOT NEW.deleted_at OR OLD.known_since IS NOT NEW.known_since
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'update', 'partner', NEW.id, NEW.name, NEW.id
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
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
    WHERE f.old_value IS NOT f.new_value;
END;
CREATE TRIGGER history_partner_delete AFTER DELETE ON partner
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'delete', 'partner', OLD.id, OLD.name, OLD.id
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
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
END;
