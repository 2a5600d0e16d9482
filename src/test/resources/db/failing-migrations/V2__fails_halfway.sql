-- For tests only: a migration that changes data and then fails, so the file has to be put
-- back as it was. Never shipped.
CREATE TABLE test_only_half_done (id INTEGER PRIMARY KEY);
UPDATE partner SET name = 'overschreven door een mislukte migratie';
INSERT INTO table_that_does_not_exist (id) VALUES (1);
