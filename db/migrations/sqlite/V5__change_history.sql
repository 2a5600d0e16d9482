-- Change history (issue 13): every insert, change and delete of the practice's records is
-- written down in the same transaction, by triggers, with when, who and each changed field.
-- Who and when come from history_context, which the app fills at the start of each write
-- transaction and empties before it commits; a change made outside the app (a migration,
-- the sqlite3 shell) gets the database's clock and no one ("unknown").
-- Inserts record only the record (its values are the record itself, and what later changes
-- record as "from"); updates record each changed field; deletes record every field the
-- record had. The triggers were written from the schema by a script; HistoryTriggersTest
-- fails when a recorded table gets a column that no trigger records.
-- See docs/decisions/0013-change-history.md.

CREATE TABLE history_context (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    changed_at TEXT,
    actor_id   INTEGER,
    actor      TEXT,
    change_set TEXT
);
INSERT INTO history_context (id) VALUES (1);

CREATE TABLE history_change (
    id          INTEGER PRIMARY KEY,
    changed_at  TEXT    NOT NULL,
    actor_id    INTEGER,
    actor       TEXT,
    change_set  TEXT,
    action      TEXT    NOT NULL CHECK (action IN ('start', 'insert', 'update', 'delete', 'erase')),
    record_kind TEXT    NOT NULL,
    record_id   INTEGER NOT NULL,
    label       TEXT,
    partner_id  INTEGER
);
CREATE INDEX history_change_partner ON history_change (partner_id, changed_at) WHERE partner_id IS NOT NULL;
CREATE INDEX history_change_changed_at ON history_change (changed_at);
CREATE INDEX history_change_record ON history_change (record_kind, record_id);

CREATE TABLE history_field (
    change_id INTEGER NOT NULL REFERENCES history_change (id) ON DELETE CASCADE,
    field     TEXT    NOT NULL,
    old_value TEXT,
    new_value TEXT,
    PRIMARY KEY (change_id, field)
);

-- The history starts here; what was there before is as the records say.
INSERT INTO history_change (changed_at, action, record_kind, record_id)
VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'start', 'history', 0);

-- practice_profile
CREATE TRIGGER history_practice_profile_insert AFTER INSERT ON practice_profile
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'insert', 'practice', NEW.id, NEW.name, NULL
    FROM history_context c WHERE c.id = 1;
END;
CREATE TRIGGER history_practice_profile_update AFTER UPDATE ON practice_profile
WHEN OLD.name IS NOT NEW.name OR OLD.street IS NOT NEW.street OR OLD.postcode IS NOT NEW.postcode OR OLD.city IS NOT NEW.city OR OLD.specialisations IS NOT NEW.specialisations OR OLD.passions_and_competences IS NOT NEW.passions_and_competences OR OLD.distinctive_strengths IS NOT NEW.distinctive_strengths OR OLD.target_groups IS NOT NEW.target_groups
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'update', 'practice', NEW.id, NEW.name, NULL
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'name' AS field, CAST(OLD.name AS TEXT) AS old_value, CAST(NEW.name AS TEXT) AS new_value
        UNION ALL SELECT 'street', CAST(OLD.street AS TEXT), CAST(NEW.street AS TEXT)
        UNION ALL SELECT 'postcode', CAST(OLD.postcode AS TEXT), CAST(NEW.postcode AS TEXT)
        UNION ALL SELECT 'city', CAST(OLD.city AS TEXT), CAST(NEW.city AS TEXT)
        UNION ALL SELECT 'specialisations', CAST(OLD.specialisations AS TEXT), CAST(NEW.specialisations AS TEXT)
        UNION ALL SELECT 'passions_and_competences', CAST(OLD.passions_and_competences AS TEXT), CAST(NEW.passions_and_competences AS TEXT)
        UNION ALL SELECT 'distinctive_strengths', CAST(OLD.distinctive_strengths AS TEXT), CAST(NEW.distinctive_strengths AS TEXT)
        UNION ALL SELECT 'target_groups', CAST(OLD.target_groups AS TEXT), CAST(NEW.target_groups AS TEXT)) f
    WHERE f.old_value IS NOT f.new_value;
END;
CREATE TRIGGER history_practice_profile_delete AFTER DELETE ON practice_profile
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'delete', 'practice', OLD.id, OLD.name, NULL
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'name' AS field, CAST(OLD.name AS TEXT) AS old_value, NULL AS new_value
        UNION ALL SELECT 'street', CAST(OLD.street AS TEXT), NULL
        UNION ALL SELECT 'postcode', CAST(OLD.postcode AS TEXT), NULL
        UNION ALL SELECT 'city', CAST(OLD.city AS TEXT), NULL
        UNION ALL SELECT 'specialisations', CAST(OLD.specialisations AS TEXT), NULL
        UNION ALL SELECT 'passions_and_competences', CAST(OLD.passions_and_competences AS TEXT), NULL
        UNION ALL SELECT 'distinctive_strengths', CAST(OLD.distinctive_strengths AS TEXT), NULL
        UNION ALL SELECT 'target_groups', CAST(OLD.target_groups AS TEXT), NULL) f
    WHERE f.old_value IS NOT NULL;
END;

-- therapist
CREATE TRIGGER history_therapist_insert AFTER INSERT ON therapist
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'insert', 'therapist', NEW.id, NEW.name, NULL
    FROM history_context c WHERE c.id = 1;
END;
CREATE TRIGGER history_therapist_update AFTER UPDATE ON therapist
WHEN OLD.name IS NOT NEW.name OR OLD.role IS NOT NEW.role OR OLD.active IS NOT NEW.active OR OLD.competences IS NOT NEW.competences
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'update', 'therapist', NEW.id, NEW.name, NULL
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'name' AS field, CAST(OLD.name AS TEXT) AS old_value, CAST(NEW.name AS TEXT) AS new_value
        UNION ALL SELECT 'role', CAST(OLD.role AS TEXT), CAST(NEW.role AS TEXT)
        UNION ALL SELECT 'active', CAST(OLD.active AS TEXT), CAST(NEW.active AS TEXT)
        UNION ALL SELECT 'competences', CAST(OLD.competences AS TEXT), CAST(NEW.competences AS TEXT)) f
    WHERE f.old_value IS NOT f.new_value;
END;
CREATE TRIGGER history_therapist_delete AFTER DELETE ON therapist
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'delete', 'therapist', OLD.id, OLD.name, NULL
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'name' AS field, CAST(OLD.name AS TEXT) AS old_value, NULL AS new_value
        UNION ALL SELECT 'role', CAST(OLD.role AS TEXT), NULL
        UNION ALL SELECT 'active', CAST(OLD.active AS TEXT), NULL
        UNION ALL SELECT 'competences', CAST(OLD.competences AS TEXT), NULL) f
    WHERE f.old_value IS NOT NULL;
END;

-- partner
CREATE TRIGGER history_partner_insert AFTER INSERT ON partner
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'insert', 'partner', NEW.id, NEW.name, NEW.id
    FROM history_context c WHERE c.id = 1;
END;
CREATE TRIGGER history_partner_update AFTER UPDATE ON partner
WHEN OLD.name IS NOT NEW.name OR OLD.kind IS NOT NEW.kind OR OLD.category IS NOT NEW.category OR OLD.street IS NOT NEW.street OR OLD.postcode IS NOT NEW.postcode OR OLD.city IS NOT NEW.city OR OLD.phone IS NOT NEW.phone OR OLD.email IS NOT NEW.email OR OLD.website IS NOT NEW.website OR OLD.how_we_know IS NOT NEW.how_we_know OR OLD.what_they_mean_for_us IS NOT NEW.what_they_mean_for_us OR OLD.what_we_mean_for_them IS NOT NEW.what_we_mean_for_them OR OLD.rhythm_days IS NOT NEW.rhythm_days OR OLD.status IS NOT NEW.status OR OLD.trust IS NOT NEW.trust OR OLD.owner_id IS NOT NEW.owner_id OR OLD.notes IS NOT NEW.notes OR OLD.deleted_at IS NOT NEW.deleted_at
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
        UNION ALL SELECT 'deleted_at', CAST(OLD.deleted_at AS TEXT), CAST(NEW.deleted_at AS TEXT)) f
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
        UNION ALL SELECT 'deleted_at', CAST(OLD.deleted_at AS TEXT), NULL) f
    WHERE f.old_value IS NOT NULL;
END;

-- partner_tag
CREATE TRIGGER history_partner_tag_insert AFTER INSERT ON partner_tag
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'insert', 'partner-tag', NEW.partner_id, (SELECT name FROM partner WHERE id = NEW.partner_id), NEW.partner_id
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'partner_id' AS field, NULL AS old_value, CAST(NEW.partner_id AS TEXT) AS new_value
        UNION ALL SELECT 'tag', NULL, CAST(NEW.tag AS TEXT)) f
    WHERE f.new_value IS NOT NULL;
END;
CREATE TRIGGER history_partner_tag_delete AFTER DELETE ON partner_tag
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'delete', 'partner-tag', OLD.partner_id, (SELECT name FROM partner WHERE id = OLD.partner_id), OLD.partner_id
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'partner_id' AS field, CAST(OLD.partner_id AS TEXT) AS old_value, NULL AS new_value
        UNION ALL SELECT 'tag', CAST(OLD.tag AS TEXT), NULL) f
    WHERE f.old_value IS NOT NULL;
END;

-- contact_person
CREATE TRIGGER history_contact_person_insert AFTER INSERT ON contact_person
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'insert', 'contact-person', NEW.id, NEW.name, NEW.partner_id
    FROM history_context c WHERE c.id = 1;
END;
CREATE TRIGGER history_contact_person_update AFTER UPDATE ON contact_person
WHEN OLD.partner_id IS NOT NEW.partner_id OR OLD.name IS NOT NEW.name OR OLD.role IS NOT NEW.role OR OLD.email IS NOT NEW.email OR OLD.phone IS NOT NEW.phone OR OLD.linkedin_url IS NOT NEW.linkedin_url OR OLD.notes IS NOT NEW.notes
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'update', 'contact-person', NEW.id, NEW.name, NEW.partner_id
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'partner_id' AS field, CAST(OLD.partner_id AS TEXT) AS old_value, CAST(NEW.partner_id AS TEXT) AS new_value
        UNION ALL SELECT 'name', CAST(OLD.name AS TEXT), CAST(NEW.name AS TEXT)
        UNION ALL SELECT 'role', CAST(OLD.role AS TEXT), CAST(NEW.role AS TEXT)
        UNION ALL SELECT 'email', CAST(OLD.email AS TEXT), CAST(NEW.email AS TEXT)
        UNION ALL SELECT 'phone', CAST(OLD.phone AS TEXT), CAST(NEW.phone AS TEXT)
        UNION ALL SELECT 'linkedin_url', CAST(OLD.linkedin_url AS TEXT), CAST(NEW.linkedin_url AS TEXT)
        UNION ALL SELECT 'notes', CAST(OLD.notes AS TEXT), CAST(NEW.notes AS TEXT)) f
    WHERE f.old_value IS NOT f.new_value;
END;
CREATE TRIGGER history_contact_person_delete AFTER DELETE ON contact_person
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'delete', 'contact-person', OLD.id, OLD.name, OLD.partner_id
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'partner_id' AS field, CAST(OLD.partner_id AS TEXT) AS old_value, NULL AS new_value
        UNION ALL SELECT 'name', CAST(OLD.name AS TEXT), NULL
        UNION ALL SELECT 'role', CAST(OLD.role AS TEXT), NULL
        UNION ALL SELECT 'email', CAST(OLD.email AS TEXT), NULL
        UNION ALL SELECT 'phone', CAST(OLD.phone AS TEXT), NULL
        UNION ALL SELECT 'linkedin_url', CAST(OLD.linkedin_url AS TEXT), NULL
        UNION ALL SELECT 'notes', CAST(OLD.notes AS TEXT), NULL) f
    WHERE f.old_value IS NOT NULL;
END;

-- contact_moment
CREATE TRIGGER history_contact_moment_insert AFTER INSERT ON contact_moment
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'insert', 'contact-moment', NEW.id, NEW.moment_date, NEW.partner_id
    FROM history_context c WHERE c.id = 1;
END;
CREATE TRIGGER history_contact_moment_update AFTER UPDATE ON contact_moment
WHEN OLD.partner_id IS NOT NEW.partner_id OR OLD.moment_date IS NOT NEW.moment_date OR OLD.kind IS NOT NEW.kind OR OLD.summary IS NOT NEW.summary OR OLD.offered IS NOT NEW.offered OR OLD.asked IS NOT NEW.asked OR OLD.follow_up IS NOT NEW.follow_up OR OLD.follow_up_due IS NOT NEW.follow_up_due OR OLD.follow_up_done IS NOT NEW.follow_up_done OR OLD.logged_by IS NOT NEW.logged_by
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'update', 'contact-moment', NEW.id, NEW.moment_date, NEW.partner_id
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'partner_id' AS field, CAST(OLD.partner_id AS TEXT) AS old_value, CAST(NEW.partner_id AS TEXT) AS new_value
        UNION ALL SELECT 'moment_date', CAST(OLD.moment_date AS TEXT), CAST(NEW.moment_date AS TEXT)
        UNION ALL SELECT 'kind', CAST(OLD.kind AS TEXT), CAST(NEW.kind AS TEXT)
        UNION ALL SELECT 'summary', CAST(OLD.summary AS TEXT), CAST(NEW.summary AS TEXT)
        UNION ALL SELECT 'offered', CAST(OLD.offered AS TEXT), CAST(NEW.offered AS TEXT)
        UNION ALL SELECT 'asked', CAST(OLD.asked AS TEXT), CAST(NEW.asked AS TEXT)
        UNION ALL SELECT 'follow_up', CAST(OLD.follow_up AS TEXT), CAST(NEW.follow_up AS TEXT)
        UNION ALL SELECT 'follow_up_due', CAST(OLD.follow_up_due AS TEXT), CAST(NEW.follow_up_due AS TEXT)
        UNION ALL SELECT 'follow_up_done', CAST(OLD.follow_up_done AS TEXT), CAST(NEW.follow_up_done AS TEXT)
        UNION ALL SELECT 'logged_by', CAST(OLD.logged_by AS TEXT), CAST(NEW.logged_by AS TEXT)) f
    WHERE f.old_value IS NOT f.new_value;
END;
CREATE TRIGGER history_contact_moment_delete AFTER DELETE ON contact_moment
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'delete', 'contact-moment', OLD.id, OLD.moment_date, OLD.partner_id
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'partner_id' AS field, CAST(OLD.partner_id AS TEXT) AS old_value, NULL AS new_value
        UNION ALL SELECT 'moment_date', CAST(OLD.moment_date AS TEXT), NULL
        UNION ALL SELECT 'kind', CAST(OLD.kind AS TEXT), NULL
        UNION ALL SELECT 'summary', CAST(OLD.summary AS TEXT), NULL
        UNION ALL SELECT 'offered', CAST(OLD.offered AS TEXT), NULL
        UNION ALL SELECT 'asked', CAST(OLD.asked AS TEXT), NULL
        UNION ALL SELECT 'follow_up', CAST(OLD.follow_up AS TEXT), NULL
        UNION ALL SELECT 'follow_up_due', CAST(OLD.follow_up_due AS TEXT), NULL
        UNION ALL SELECT 'follow_up_done', CAST(OLD.follow_up_done AS TEXT), NULL
        UNION ALL SELECT 'logged_by', CAST(OLD.logged_by AS TEXT), NULL) f
    WHERE f.old_value IS NOT NULL;
END;

-- contact_moment_therapist
CREATE TRIGGER history_contact_moment_therapist_insert AFTER INSERT ON contact_moment_therapist
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'insert', 'moment-therapist', NEW.moment_id, (SELECT moment_date FROM contact_moment WHERE id = NEW.moment_id), (SELECT partner_id FROM contact_moment WHERE id = NEW.moment_id)
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'moment_id' AS field, NULL AS old_value, CAST(NEW.moment_id AS TEXT) AS new_value
        UNION ALL SELECT 'therapist_id', NULL, CAST(NEW.therapist_id AS TEXT)) f
    WHERE f.new_value IS NOT NULL;
END;
CREATE TRIGGER history_contact_moment_therapist_delete AFTER DELETE ON contact_moment_therapist
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'delete', 'moment-therapist', OLD.moment_id, (SELECT moment_date FROM contact_moment WHERE id = OLD.moment_id), (SELECT partner_id FROM contact_moment WHERE id = OLD.moment_id)
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'moment_id' AS field, CAST(OLD.moment_id AS TEXT) AS old_value, NULL AS new_value
        UNION ALL SELECT 'therapist_id', CAST(OLD.therapist_id AS TEXT), NULL) f
    WHERE f.old_value IS NOT NULL;
END;

-- contact_moment_person
CREATE TRIGGER history_contact_moment_person_insert AFTER INSERT ON contact_moment_person
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'insert', 'moment-person', NEW.moment_id, (SELECT moment_date FROM contact_moment WHERE id = NEW.moment_id), (SELECT partner_id FROM contact_moment WHERE id = NEW.moment_id)
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'moment_id' AS field, NULL AS old_value, CAST(NEW.moment_id AS TEXT) AS new_value
        UNION ALL SELECT 'contact_person_id', NULL, CAST(NEW.contact_person_id AS TEXT)) f
    WHERE f.new_value IS NOT NULL;
END;
CREATE TRIGGER history_contact_moment_person_delete AFTER DELETE ON contact_moment_person
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'delete', 'moment-person', OLD.moment_id, (SELECT moment_date FROM contact_moment WHERE id = OLD.moment_id), (SELECT partner_id FROM contact_moment WHERE id = OLD.moment_id)
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'moment_id' AS field, CAST(OLD.moment_id AS TEXT) AS old_value, NULL AS new_value
        UNION ALL SELECT 'contact_person_id', CAST(OLD.contact_person_id AS TEXT), NULL) f
    WHERE f.old_value IS NOT NULL;
END;

-- contact_moment_goal
CREATE TRIGGER history_contact_moment_goal_insert AFTER INSERT ON contact_moment_goal
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'insert', 'moment-goal', NEW.moment_id, (SELECT moment_date FROM contact_moment WHERE id = NEW.moment_id), (SELECT partner_id FROM contact_moment WHERE id = NEW.moment_id)
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'moment_id' AS field, NULL AS old_value, CAST(NEW.moment_id AS TEXT) AS new_value
        UNION ALL SELECT 'goal_id', NULL, CAST(NEW.goal_id AS TEXT)) f
    WHERE f.new_value IS NOT NULL;
END;
CREATE TRIGGER history_contact_moment_goal_delete AFTER DELETE ON contact_moment_goal
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'delete', 'moment-goal', OLD.moment_id, (SELECT moment_date FROM contact_moment WHERE id = OLD.moment_id), (SELECT partner_id FROM contact_moment WHERE id = OLD.moment_id)
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'moment_id' AS field, CAST(OLD.moment_id AS TEXT) AS old_value, NULL AS new_value
        UNION ALL SELECT 'goal_id', CAST(OLD.goal_id AS TEXT), NULL) f
    WHERE f.old_value IS NOT NULL;
END;

-- shared_goal
CREATE TRIGGER history_shared_goal_insert AFTER INSERT ON shared_goal
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'insert', 'goal', NEW.id, NEW.title, NULL
    FROM history_context c WHERE c.id = 1;
END;
CREATE TRIGGER history_shared_goal_update AFTER UPDATE ON shared_goal
WHEN OLD.title IS NOT NEW.title OR OLD.what_is_going_on IS NOT NEW.what_is_going_on OR OLD.what_matters_for_patient IS NOT NEW.what_matters_for_patient OR OLD.possibilities IS NOT NEW.possibilities OR OLD.what_we_go_for IS NOT NEW.what_we_go_for OR OLD.status IS NOT NEW.status OR OLD.target_date IS NOT NEW.target_date OR OLD.achieved_on IS NOT NEW.achieved_on
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'update', 'goal', NEW.id, NEW.title, NULL
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'title' AS field, CAST(OLD.title AS TEXT) AS old_value, CAST(NEW.title AS TEXT) AS new_value
        UNION ALL SELECT 'what_is_going_on', CAST(OLD.what_is_going_on AS TEXT), CAST(NEW.what_is_going_on AS TEXT)
        UNION ALL SELECT 'what_matters_for_patient', CAST(OLD.what_matters_for_patient AS TEXT), CAST(NEW.what_matters_for_patient AS TEXT)
        UNION ALL SELECT 'possibilities', CAST(OLD.possibilities AS TEXT), CAST(NEW.possibilities AS TEXT)
        UNION ALL SELECT 'what_we_go_for', CAST(OLD.what_we_go_for AS TEXT), CAST(NEW.what_we_go_for AS TEXT)
        UNION ALL SELECT 'status', CAST(OLD.status AS TEXT), CAST(NEW.status AS TEXT)
        UNION ALL SELECT 'target_date', CAST(OLD.target_date AS TEXT), CAST(NEW.target_date AS TEXT)
        UNION ALL SELECT 'achieved_on', CAST(OLD.achieved_on AS TEXT), CAST(NEW.achieved_on AS TEXT)) f
    WHERE f.old_value IS NOT f.new_value;
END;
CREATE TRIGGER history_shared_goal_delete AFTER DELETE ON shared_goal
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'delete', 'goal', OLD.id, OLD.title, NULL
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'title' AS field, CAST(OLD.title AS TEXT) AS old_value, NULL AS new_value
        UNION ALL SELECT 'what_is_going_on', CAST(OLD.what_is_going_on AS TEXT), NULL
        UNION ALL SELECT 'what_matters_for_patient', CAST(OLD.what_matters_for_patient AS TEXT), NULL
        UNION ALL SELECT 'possibilities', CAST(OLD.possibilities AS TEXT), NULL
        UNION ALL SELECT 'what_we_go_for', CAST(OLD.what_we_go_for AS TEXT), NULL
        UNION ALL SELECT 'status', CAST(OLD.status AS TEXT), NULL
        UNION ALL SELECT 'target_date', CAST(OLD.target_date AS TEXT), NULL
        UNION ALL SELECT 'achieved_on', CAST(OLD.achieved_on AS TEXT), NULL) f
    WHERE f.old_value IS NOT NULL;
END;

-- shared_goal_partner
CREATE TRIGGER history_shared_goal_partner_insert AFTER INSERT ON shared_goal_partner
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'insert', 'goal-partner', NEW.goal_id, (SELECT title FROM shared_goal WHERE id = NEW.goal_id), NEW.partner_id
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'goal_id' AS field, NULL AS old_value, CAST(NEW.goal_id AS TEXT) AS new_value
        UNION ALL SELECT 'partner_id', NULL, CAST(NEW.partner_id AS TEXT)) f
    WHERE f.new_value IS NOT NULL;
END;
CREATE TRIGGER history_shared_goal_partner_delete AFTER DELETE ON shared_goal_partner
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'delete', 'goal-partner', OLD.goal_id, (SELECT title FROM shared_goal WHERE id = OLD.goal_id), OLD.partner_id
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'goal_id' AS field, CAST(OLD.goal_id AS TEXT) AS old_value, NULL AS new_value
        UNION ALL SELECT 'partner_id', CAST(OLD.partner_id AS TEXT), NULL) f
    WHERE f.old_value IS NOT NULL;
END;

-- environment_note
CREATE TRIGGER history_environment_note_insert AFTER INSERT ON environment_note
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'insert', 'note', NEW.id, NEW.title, NULL
    FROM history_context c WHERE c.id = 1;
END;
CREATE TRIGGER history_environment_note_update AFTER UPDATE ON environment_note
WHEN OLD.factor IS NOT NEW.factor OR OLD.area IS NOT NEW.area OR OLD.title IS NOT NEW.title OR OLD.body IS NOT NEW.body OR OLD.source_kind IS NOT NEW.source_kind OR OLD.source_url IS NOT NEW.source_url OR OLD.observed_on IS NOT NEW.observed_on
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'update', 'note', NEW.id, NEW.title, NULL
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'factor' AS field, CAST(OLD.factor AS TEXT) AS old_value, CAST(NEW.factor AS TEXT) AS new_value
        UNION ALL SELECT 'area', CAST(OLD.area AS TEXT), CAST(NEW.area AS TEXT)
        UNION ALL SELECT 'title', CAST(OLD.title AS TEXT), CAST(NEW.title AS TEXT)
        UNION ALL SELECT 'body', CAST(OLD.body AS TEXT), CAST(NEW.body AS TEXT)
        UNION ALL SELECT 'source_kind', CAST(OLD.source_kind AS TEXT), CAST(NEW.source_kind AS TEXT)
        UNION ALL SELECT 'source_url', CAST(OLD.source_url AS TEXT), CAST(NEW.source_url AS TEXT)
        UNION ALL SELECT 'observed_on', CAST(OLD.observed_on AS TEXT), CAST(NEW.observed_on AS TEXT)) f
    WHERE f.old_value IS NOT f.new_value;
END;
CREATE TRIGGER history_environment_note_delete AFTER DELETE ON environment_note
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'delete', 'note', OLD.id, OLD.title, NULL
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'factor' AS field, CAST(OLD.factor AS TEXT) AS old_value, NULL AS new_value
        UNION ALL SELECT 'area', CAST(OLD.area AS TEXT), NULL
        UNION ALL SELECT 'title', CAST(OLD.title AS TEXT), NULL
        UNION ALL SELECT 'body', CAST(OLD.body AS TEXT), NULL
        UNION ALL SELECT 'source_kind', CAST(OLD.source_kind AS TEXT), NULL
        UNION ALL SELECT 'source_url', CAST(OLD.source_url AS TEXT), NULL
        UNION ALL SELECT 'observed_on', CAST(OLD.observed_on AS TEXT), NULL) f
    WHERE f.old_value IS NOT NULL;
END;

-- environment_note_partner
CREATE TRIGGER history_environment_note_partner_insert AFTER INSERT ON environment_note_partner
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'insert', 'note-partner', NEW.note_id, (SELECT title FROM environment_note WHERE id = NEW.note_id), NEW.partner_id
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'note_id' AS field, NULL AS old_value, CAST(NEW.note_id AS TEXT) AS new_value
        UNION ALL SELECT 'partner_id', NULL, CAST(NEW.partner_id AS TEXT)) f
    WHERE f.new_value IS NOT NULL;
END;
CREATE TRIGGER history_environment_note_partner_delete AFTER DELETE ON environment_note_partner
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'delete', 'note-partner', OLD.note_id, (SELECT title FROM environment_note WHERE id = OLD.note_id), OLD.partner_id
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'note_id' AS field, CAST(OLD.note_id AS TEXT) AS old_value, NULL AS new_value
        UNION ALL SELECT 'partner_id', CAST(OLD.partner_id AS TEXT), NULL) f
    WHERE f.old_value IS NOT NULL;
END;

-- setting
CREATE TRIGGER history_setting_insert AFTER INSERT ON setting
WHEN NEW.key LIKE 'attention.%'
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'insert', 'setting', 0, NEW.key, NULL
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'value' AS field, NULL AS old_value, CAST(NEW.value AS TEXT) AS new_value) f
    WHERE f.new_value IS NOT NULL;
END;
CREATE TRIGGER history_setting_update AFTER UPDATE ON setting
WHEN (NEW.key LIKE 'attention.%') AND (OLD.key IS NOT NEW.key OR OLD.value IS NOT NEW.value)
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'update', 'setting', 0, NEW.key, NULL
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'key' AS field, CAST(OLD.key AS TEXT) AS old_value, CAST(NEW.key AS TEXT) AS new_value
        UNION ALL SELECT 'value', CAST(OLD.value AS TEXT), CAST(NEW.value AS TEXT)) f
    WHERE f.old_value IS NOT f.new_value;
END;
CREATE TRIGGER history_setting_delete AFTER DELETE ON setting
WHEN OLD.key LIKE 'attention.%'
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'delete', 'setting', 0, OLD.key, NULL
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'value' AS field, CAST(OLD.value AS TEXT) AS old_value, NULL AS new_value) f
    WHERE f.old_value IS NOT NULL;
END;

-- attention_snooze
CREATE TRIGGER history_attention_snooze_insert AFTER INSERT ON attention_snooze
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'insert', 'snooze', NEW.partner_id, (SELECT name FROM partner WHERE id = NEW.partner_id), NEW.partner_id
    FROM history_context c WHERE c.id = 1;
END;
CREATE TRIGGER history_attention_snooze_update AFTER UPDATE ON attention_snooze
WHEN OLD.partner_id IS NOT NEW.partner_id OR OLD.until IS NOT NEW.until OR OLD.note IS NOT NEW.note OR OLD.reason_codes IS NOT NEW.reason_codes OR OLD.snoozed_on IS NOT NEW.snoozed_on
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'update', 'snooze', NEW.partner_id, (SELECT name FROM partner WHERE id = NEW.partner_id), NEW.partner_id
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'partner_id' AS field, CAST(OLD.partner_id AS TEXT) AS old_value, CAST(NEW.partner_id AS TEXT) AS new_value
        UNION ALL SELECT 'until', CAST(OLD.until AS TEXT), CAST(NEW.until AS TEXT)
        UNION ALL SELECT 'note', CAST(OLD.note AS TEXT), CAST(NEW.note AS TEXT)
        UNION ALL SELECT 'reason_codes', CAST(OLD.reason_codes AS TEXT), CAST(NEW.reason_codes AS TEXT)
        UNION ALL SELECT 'snoozed_on', CAST(OLD.snoozed_on AS TEXT), CAST(NEW.snoozed_on AS TEXT)) f
    WHERE f.old_value IS NOT f.new_value;
END;
CREATE TRIGGER history_attention_snooze_delete AFTER DELETE ON attention_snooze
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'delete', 'snooze', OLD.partner_id, (SELECT name FROM partner WHERE id = OLD.partner_id), OLD.partner_id
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'partner_id' AS field, CAST(OLD.partner_id AS TEXT) AS old_value, NULL AS new_value
        UNION ALL SELECT 'until', CAST(OLD.until AS TEXT), NULL
        UNION ALL SELECT 'note', CAST(OLD.note AS TEXT), NULL
        UNION ALL SELECT 'reason_codes', CAST(OLD.reason_codes AS TEXT), NULL
        UNION ALL SELECT 'snoozed_on', CAST(OLD.snoozed_on AS TEXT), NULL) f
    WHERE f.old_value IS NOT NULL;
END;
