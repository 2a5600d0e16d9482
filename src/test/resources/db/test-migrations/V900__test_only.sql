-- For tests only: a schema version above every shipped one, so opening a file at the latest
-- shipped version has something to migrate (and copies the file aside first). Never shipped.
CREATE TABLE test_only_marker (
    id   INTEGER PRIMARY KEY,
    note TEXT
);
ALTER TABLE partner ADD COLUMN test_only_column TEXT;
