-- A version number for each setting (issue 12, "no lost update"): an edit based on a setting as
-- it was read is refused when someone changed the setting since, as for every other record.
-- A setting that is not stored (its default applies) has version 0 to the app.
ALTER TABLE setting ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
