-- Verbinder schema, version 6: a trash for contact moments, shared goals, environment notes
-- and contact persons (partners have had theirs since version 1: partner.deleted_at).
-- A deleted record leaves its table, so every list, search, count, the attention list, the
-- map and the report leave it out without knowing about the trash; its row and the rows of
-- its links (a moment's contact persons, therapists and goals; a goal's partners and moments;
-- a note's partners; a person's moments) wait here as JSON until they are restored or deleted
-- for good. The record a deleted item belonged to (a moment's or a person's partner) takes it
-- along when it is deleted for good.

CREATE TABLE trash_item (
    id         INTEGER PRIMARY KEY,
    kind       TEXT    NOT NULL CHECK (kind IN ('contact-moment', 'shared-goal', 'environment-note', 'contact-person')),
    record_id  INTEGER NOT NULL,
    label      TEXT    NOT NULL,
    partner_id INTEGER REFERENCES partner (id) ON DELETE CASCADE,
    deleted_at TEXT    NOT NULL,
    content    TEXT    NOT NULL
);
CREATE INDEX trash_item_partner ON trash_item (partner_id);
CREATE INDEX trash_item_record ON trash_item (kind, record_id);
