-- Verbinder schema, version 8: contact moments proposed from an agenda file.
--
-- 1. An import can now come from a calendar file and create contact moments, so the CHECKs of
--    import_record.source and import_record_item.entity take the new codes. SQLite cannot
--    change a CHECK in place: both tables are rebuilt (Flyway runs with foreign keys off).
-- 2. calendar_event remembers each agenda event the user accepted or skipped (its UID and,
--    for one occurrence of a recurring event, its recurrence id), so that importing the same
--    file again proposes nothing twice.

CREATE TABLE import_record_v8 (
    id           INTEGER PRIMARY KEY,
    source       TEXT    NOT NULL CHECK (source IN ('partners-csv', 'linkedin', 'vcard', 'calendar')),
    file_name    TEXT    NOT NULL,
    imported_at  TEXT    NOT NULL,
    row_count    INTEGER NOT NULL DEFAULT 0 CHECK (row_count >= 0),
    skipped_rows INTEGER NOT NULL DEFAULT 0 CHECK (skipped_rows >= 0),
    undone_at    TEXT
);
INSERT INTO import_record_v8 (id, source, file_name, imported_at, row_count, skipped_rows, undone_at)
SELECT id, source, file_name, imported_at, row_count, skipped_rows, undone_at FROM import_record;

CREATE TABLE import_record_item_v8 (
    import_id     INTEGER NOT NULL REFERENCES import_record_v8 (id) ON DELETE CASCADE,
    entity        TEXT    NOT NULL CHECK (entity IN ('partner', 'contact-person', 'contact-moment')),
    entity_id     INTEGER NOT NULL,
    action        TEXT    NOT NULL CHECK (action IN ('created', 'filled')),
    filled_fields TEXT,
    version_after INTEGER NOT NULL,
    PRIMARY KEY (import_id, entity, entity_id),
    CHECK (action = 'created' OR filled_fields IS NOT NULL)
) WITHOUT ROWID;
INSERT INTO import_record_item_v8 (import_id, entity, entity_id, action, filled_fields, version_after)
SELECT import_id, entity, entity_id, action, filled_fields, version_after FROM import_record_item;

DROP TABLE import_record_item;
DROP TABLE import_record;
ALTER TABLE import_record_v8 RENAME TO import_record;
ALTER TABLE import_record_item_v8 RENAME TO import_record_item;
CREATE INDEX import_record_item_entity ON import_record_item (entity, entity_id);

-- One agenda event (or one occurrence of a recurring one) the user decided on.
--   recurrence_id: '' for a single event, else the occurrence's original start in UTC
--                  (yyyymmddThhmmssZ), as RECURRENCE-ID names it.
--   contact_moment_id: the moment logged for an accepted event (no foreign key: the memory
--                  stays when the moment is deleted by hand, so the event is not proposed again).
--   import_id: the import that logged it; undoing that import forgets the event again.
CREATE TABLE calendar_event (
    uid               TEXT    NOT NULL CHECK (length(uid) > 0),
    recurrence_id     TEXT    NOT NULL DEFAULT '',
    decision          TEXT    NOT NULL CHECK (decision IN ('accepted', 'skipped')),
    partner_id        INTEGER,
    contact_moment_id INTEGER,
    import_id         INTEGER REFERENCES import_record (id) ON DELETE CASCADE,
    decided_at        TEXT    NOT NULL,
    PRIMARY KEY (uid, recurrence_id)
);
CREATE INDEX calendar_event_import ON calendar_event (import_id) WHERE import_id IS NOT NULL;
