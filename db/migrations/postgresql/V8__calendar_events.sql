-- Verbinder schema, version 8, for a practice server: contact moments proposed from an agenda
-- file (as the SQLite V8, which rebuilds its tables because SQLite cannot change a CHECK; here
-- the two CHECKs are replaced in place, which leaves the same columns, keys and indexes).

ALTER TABLE import_record DROP CONSTRAINT import_record_source_check;
ALTER TABLE import_record ADD CONSTRAINT import_record_source_check
    CHECK (source IN ('partners-csv', 'linkedin', 'vcard', 'calendar'));

ALTER TABLE import_record_item DROP CONSTRAINT import_record_item_entity_check;
ALTER TABLE import_record_item ADD CONSTRAINT import_record_item_entity_check
    CHECK (entity IN ('partner', 'contact-person', 'contact-moment'));

-- One agenda event (or one occurrence of a recurring one) the user decided on (see the SQLite V8).
CREATE TABLE calendar_event (
    uid               TEXT    NOT NULL CHECK (length(uid) > 0),
    recurrence_id     TEXT    NOT NULL DEFAULT '',
    decision          TEXT    NOT NULL CHECK (decision IN ('accepted', 'skipped')),
    partner_id        BIGINT,
    contact_moment_id BIGINT,
    import_id         BIGINT  REFERENCES import_record (id) ON DELETE CASCADE,
    decided_at        TEXT    NOT NULL,
    PRIMARY KEY (uid, recurrence_id)
);
CREATE INDEX calendar_event_import ON calendar_event (import_id) WHERE import_id IS NOT NULL;
