-- Verbinder schema, version 19: a contact moment's date by its id, for the practice server's
-- attention list. Its retention hint (PersonalDataService.keptTooLong) needs each contact
-- person's newest moment: a join of every moment-person link with its moment. Without this
-- index the server read the whole moment table (a hash of 1,000,000 rows that spilled to disk at
-- the default work_mem), about two and a half times SQLite's time; with it, it merges two
-- index-only scans, about four times less CPU (docs/performance.md). SQLite finds a moment by
-- its rowid already, so its V19 adds nothing; SchemaParityTest knows this index as the
-- server's own (PostgresMigrations.SERVER_ONLY_INDEXES).
CREATE INDEX contact_moment_id_date ON contact_moment (id) INCLUDE (moment_date);
