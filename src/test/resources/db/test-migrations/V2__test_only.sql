-- For tests only: a second schema version, so opening a file at version 1 has something to
-- migrate (and copies the file aside first). Never shipped.
CREATE TABLE test_only_marker (
    id   INTEGER PRIMARY KEY,
    note TEXT
);
ALTER TABLE partner ADD COLUMN test_only_column TEXT;
