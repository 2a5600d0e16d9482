-- A contact moment logged on a laptop while the practice server could not be reached waits in
-- the workstation's outbox and is sent later, perhaps more than once (a lost answer to a commit
-- that did land). The id the workstation made for it travels along, and the server takes each
-- id once: a second arrival finds the first instead of logging the moment twice.
ALTER TABLE contact_moment ADD COLUMN client_id TEXT CHECK (client_id IS NULL OR length(client_id) BETWEEN 1 AND 64);

CREATE UNIQUE INDEX contact_moment_client_id ON contact_moment (client_id) WHERE client_id IS NOT NULL;
