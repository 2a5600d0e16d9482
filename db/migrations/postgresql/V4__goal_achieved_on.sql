-- Verbinder schema, version 4, for a practice server: when a shared goal was achieved (as the
-- SQLite V4). Goals achieved before get the day they were last changed, the best guess there is.
ALTER TABLE shared_goal ADD COLUMN achieved_on TEXT
    CHECK (achieved_on IS NULL OR is_iso_date(achieved_on));

UPDATE shared_goal SET achieved_on = substr(updated_at, 1, 10) WHERE status = 'achieved';

-- Goals achieved in a period (the quarterly report).
CREATE INDEX shared_goal_achieved_on ON shared_goal (achieved_on) WHERE achieved_on IS NOT NULL;
