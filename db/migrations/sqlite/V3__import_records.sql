-- Verbinder schema, version 3: import records.
-- Every import is recorded: when, from which file, and which partners and contact persons it
-- created or filled in, so that it can be undone as a whole as long as those records were not
-- changed since (their version is still the one the import left).

CREATE TABLE import_record (
    id           INTEGER PRIMARY KEY,
    source       TEXT    NOT NULL CHECK (source IN ('partners-csv', 'linkedin', 'vcard')),
    file_name    TEXT    NOT NULL,
    imported_at  TEXT    NOT NULL,
    row_count    INTEGER NOT NULL DEFAULT 0 CHECK (row_count >= 0),
    skipped_rows INTEGER NOT NULL DEFAULT 0 CHECK (skipped_rows >= 0),
    undone_at    TEXT
);

-- What one import did to one record. The record's id has no foreign key: after an undo (or
-- when the user deletes the record) the line stays as history.
--   created: the import made the record; undo deletes it.
--   filled:  the import filled in empty fields of an existing record (filled_fields, comma-
--            separated field names); undo empties them again.
CREATE TABLE import_record_item (
    import_id     INTEGER NOT NULL REFERENCES import_record (id) ON DELETE CASCADE,
    entity        TEXT    NOT NULL CHECK (entity IN ('partner', 'contact-person')),
    entity_id     INTEGER NOT NULL,
    action        TEXT    NOT NULL CHECK (action IN ('created', 'filled')),
    filled_fields TEXT,
    version_after INTEGER NOT NULL,
    PRIMARY KEY (import_id, entity, entity_id),
    CHECK (action = 'created' OR filled_fields IS NOT NULL)
) WITHOUT ROWID;
CREATE INDEX import_record_item_entity ON import_record_item (entity, entity_id);
