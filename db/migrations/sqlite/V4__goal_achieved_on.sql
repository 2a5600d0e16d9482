-- Verbinder schema, version 4: when a shared goal was achieved, so a quarter's report can count
-- the goals achieved in it. Set by the goal service when a goal becomes achieved and cleared
-- when it leaves that status. Goals achieved before this version get the day they were last
-- changed, the best guess there is.
-- ADD COLUMN, not a table rebuild: shared_goal has foreign keys pointing at it.
ALTER TABLE shared_goal ADD COLUMN achieved_on TEXT
    CHECK (achieved_on IS NULL OR date(achieved_on) IS achieved_on);

UPDATE shared_goal SET achieved_on = substr(updated_at, 1, 10) WHERE status = 'achieved';

-- Goals achieved in a period (the quarterly report).
CREATE INDEX shared_goal_achieved_on ON shared_goal (achieved_on) WHERE achieved_on IS NOT NULL;
