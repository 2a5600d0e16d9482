-- Verbinder schema, version 2: the attention engine (settings, snoozes, the indexes its
-- queries need) and full-text search over partners (FTS5).
-- Triggers and indexes use built-in SQL functions only, so the file stays usable in the
-- plain sqlite3 shell.

-- Settings as key/value text, e.g. attention.goal-stalled.days = 90. A missing key means
-- the built-in default.
CREATE TABLE setting (
    key        TEXT PRIMARY KEY CHECK (length(trim(key)) > 0),
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;

-- An attention item put away until a date, with a note. The reason codes present when it
-- was snoozed are kept (comma-separated): a new reason brings the item back at once.
CREATE TABLE attention_snooze (
    partner_id   INTEGER PRIMARY KEY REFERENCES partner (id) ON DELETE CASCADE,
    until        TEXT    NOT NULL CHECK (date(until) IS until),
    note         TEXT,
    reason_codes TEXT    NOT NULL,
    snoozed_on   TEXT    NOT NULL CHECK (date(snoozed_on) IS snoozed_on),
    created_at   TEXT    NOT NULL
);

-- Attention: what a moment records of give and take, as a number (1 offered, 2 asked,
-- 3 both, 0 neither), computed from offered/asked and never stored. The ONLY_ASKING rule reads
-- a partner's newest three moments with an offer or a request from the index alone, without
-- visiting the table.
ALTER TABLE contact_moment ADD COLUMN give_ask INTEGER
    GENERATED ALWAYS AS ((offered IS NOT NULL) + 2 * (asked IS NOT NULL)) VIRTUAL;
CREATE INDEX contact_moment_give_ask ON contact_moment (partner_id, moment_date DESC, id DESC, give_ask)
    WHERE give_ask > 0;

-- Attention: agreed and active goals.
CREATE INDEX shared_goal_status ON shared_goal (status);

-- Full-text search over partners: name, city, notes, tags and contact persons' names, one
-- row per partner (rowid = partner id). unicode61 folds case and accents ("diëtist" ->
-- "dietist"); it leaves the dotless ı ("Yılmaz") and ß alone, so the triggers fold those.
CREATE VIRTUAL TABLE partner_search USING fts5(
    name, city, notes, tags, persons,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

-- Rebuilding a partner's row is the same statement in every trigger below.
CREATE TRIGGER partner_search_partner_insert AFTER INSERT ON partner BEGIN
    INSERT INTO partner_search (rowid, name, city, notes, tags, persons)
    SELECT p.id,
           replace(replace(p.name, 'ı', 'i'), 'ß', 'ss'),
           replace(replace(coalesce(p.city, ''), 'ı', 'i'), 'ß', 'ss'),
           replace(replace(coalesce(p.notes, ''), 'ı', 'i'), 'ß', 'ss'),
           replace(replace(coalesce((SELECT group_concat(g.tag, ' ') FROM partner_tag g WHERE g.partner_id = p.id), ''), 'ı', 'i'), 'ß', 'ss'),
           replace(replace(coalesce((SELECT group_concat(c.name, ' ') FROM contact_person c WHERE c.partner_id = p.id), ''), 'ı', 'i'), 'ß', 'ss')
    FROM partner p WHERE p.id = new.id;
END;

CREATE TRIGGER partner_search_partner_update AFTER UPDATE OF name, city, notes ON partner BEGIN
    DELETE FROM partner_search WHERE rowid = old.id;
    INSERT INTO partner_search (rowid, name, city, notes, tags, persons)
    SELECT p.id,
           replace(replace(p.name, 'ı', 'i'), 'ß', 'ss'),
           replace(replace(coalesce(p.city, ''), 'ı', 'i'), 'ß', 'ss'),
           replace(replace(coalesce(p.notes, ''), 'ı', 'i'), 'ß', 'ss'),
           replace(replace(coalesce((SELECT group_concat(g.tag, ' ') FROM partner_tag g WHERE g.partner_id = p.id), ''), 'ı', 'i'), 'ß', 'ss'),
           replace(replace(coalesce((SELECT group_concat(c.name, ' ') FROM contact_person c WHERE c.partner_id = p.id), ''), 'ı', 'i'), 'ß', 'ss')
    FROM partner p WHERE p.id = new.id;
END;

CREATE TRIGGER partner_search_partner_delete AFTER DELETE ON partner BEGIN
    DELETE FROM partner_search WHERE rowid = old.id;
END;

CREATE TRIGGER partner_search_tag_insert AFTER INSERT ON partner_tag BEGIN
    DELETE FROM partner_search WHERE rowid = new.partner_id;
    INSERT INTO partner_search (rowid, name, city, notes, tags, persons)
    SELECT p.id,
           replace(replace(p.name, 'ı', 'i'), 'ß', 'ss'),
           replace(replace(coalesce(p.city, ''), 'ı', 'i'), 'ß', 'ss'),
           replace(replace(coalesce(p.notes, ''), 'ı', 'i'), 'ß', 'ss'),
           replace(replace(coalesce((SELECT group_concat(g.tag, ' ') FROM partner_tag g WHERE g.partner_id = p.id), ''), 'ı', 'i'), 'ß', 'ss'),
           replace(replace(coalesce((SELECT group_concat(c.name, ' ') FROM contact_person c WHERE c.partner_id = p.id), ''), 'ı', 'i'), 'ß', 'ss')
    FROM partner p WHERE p.id = new.partner_id;
END;

CREATE TRIGGER partner_search_tag_delete AFTER DELETE ON partner_tag BEGIN
    DELETE FROM partner_search WHERE rowid = old.partner_id;
    INSERT INTO partner_search (rowid, name, city, notes, tags, persons)
    SELECT p.id,
           replace(replace(p.name, 'ı', 'i'), 'ß', 'ss'),
           replace(replace(coalesce(p.city, ''), 'ı', 'i'), 'ß', 'ss'),
           replace(replace(coalesce(p.notes, ''), 'ı', 'i'), 'ß', 'ss'),
           replace(replace(coalesce((SELECT group_concat(g.tag, ' ') FROM partner_tag g WHERE g.partner_id = p.id), ''), 'ı', 'i'), 'ß', 'ss'),
           replace(replace(coalesce((SELECT group_concat(c.name, ' ') FROM contact_person c WHERE c.partner_id = p.id), ''), 'ı', 'i'), 'ß', 'ss')
    FROM partner p WHERE p.id = old.partner_id;
END;

CREATE TRIGGER partner_search_person_insert AFTER INSERT ON contact_person BEGIN
    DELETE FROM partner_search WHERE rowid = new.partner_id;
    INSERT INTO partner_search (rowid, name, city, notes, tags, persons)
    SELECT p.id,
           replace(replace(p.name, 'ı', 'i'), 'ß', 'ss'),
           replace(replace(coalesce(p.city, ''), 'ı', 'i'), 'ß', 'ss'),
           replace(replace(coalesce(p.notes, ''), 'ı', 'i'), 'ß', 'ss'),
           replace(replace(coalesce((SELECT group_concat(g.tag, ' ') FROM partner_tag g WHERE g.partner_id = p.id), ''), 'ı', 'i'), 'ß', 'ss'),
           replace(replace(coalesce((SELECT group_concat(c.name, ' ') FROM contact_person c WHERE c.partner_id = p.id), ''), 'ı', 'i'), 'ß', 'ss')
    FROM partner p WHERE p.id = new.partner_id;
END;

-- A contact person can move to another partner: both rows are rebuilt.
CREATE TRIGGER partner_search_person_update AFTER UPDATE OF name, partner_id ON contact_person BEGIN
    DELETE FROM partner_search WHERE rowid IN (old.partner_id, new.partner_id);
    INSERT INTO partner_search (rowid, name, city, notes, tags, persons)
    SELECT p.id,
           replace(replace(p.name, 'ı', 'i'), 'ß', 'ss'),
           replace(replace(coalesce(p.city, ''), 'ı', 'i'), 'ß', 'ss'),
           replace(replace(coalesce(p.notes, ''), 'ı', 'i'), 'ß', 'ss'),
           replace(replace(coalesce((SELECT group_concat(g.tag, ' ') FROM partner_tag g WHERE g.partner_id = p.id), ''), 'ı', 'i'), 'ß', 'ss'),
           replace(replace(coalesce((SELECT group_concat(c.name, ' ') FROM contact_person c WHERE c.partner_id = p.id), ''), 'ı', 'i'), 'ß', 'ss')
    FROM partner p WHERE p.id IN (old.partner_id, new.partner_id);
END;

CREATE TRIGGER partner_search_person_delete AFTER DELETE ON contact_person BEGIN
    DELETE FROM partner_search WHERE rowid = old.partner_id;
    INSERT INTO partner_search (rowid, name, city, notes, tags, persons)
    SELECT p.id,
           replace(replace(p.name, 'ı', 'i'), 'ß', 'ss'),
           replace(replace(coalesce(p.city, ''), 'ı', 'i'), 'ß', 'ss'),
           replace(replace(coalesce(p.notes, ''), 'ı', 'i'), 'ß', 'ss'),
           replace(replace(coalesce((SELECT group_concat(g.tag, ' ') FROM partner_tag g WHERE g.partner_id = p.id), ''), 'ı', 'i'), 'ß', 'ss'),
           replace(replace(coalesce((SELECT group_concat(c.name, ' ') FROM contact_person c WHERE c.partner_id = p.id), ''), 'ı', 'i'), 'ß', 'ss')
    FROM partner p WHERE p.id = old.partner_id;
END;

-- The partners that exist already.
INSERT INTO partner_search (rowid, name, city, notes, tags, persons)
SELECT p.id,
       replace(replace(p.name, 'ı', 'i'), 'ß', 'ss'),
       replace(replace(coalesce(p.city, ''), 'ı', 'i'), 'ß', 'ss'),
       replace(replace(coalesce(p.notes, ''), 'ı', 'i'), 'ß', 'ss'),
       replace(replace(coalesce((SELECT group_concat(g.tag, ' ') FROM partner_tag g WHERE g.partner_id = p.id), ''), 'ı', 'i'), 'ß', 'ss'),
       replace(replace(coalesce((SELECT group_concat(c.name, ' ') FROM contact_person c WHERE c.partner_id = p.id), ''), 'ı', 'i'), 'ß', 'ss')
FROM partner p;
