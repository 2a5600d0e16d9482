-- Verbinder schema, version 10, for a practice server: two indexes for "the past as it was" (issue 13).
--
-- 1. The attention list, the map and the report of a past day read a field's value of then
--    from the first change after that day (an update, or the delete that recorded every
--    field). The changes of one kind of record after a moment are a small range in this
--    partial index, also when the history holds a million inserts.
-- 2. A follow-up marked done after the day asked counts as open on that day; those are a
--    small range in this partial index (the open ones have contact_moment_open_follow_up).

CREATE INDEX history_change_kind_changed_at ON history_change (record_kind, changed_at)
    WHERE action IN ('update', 'delete');

CREATE INDEX contact_moment_done_follow_up ON contact_moment (follow_up_done)
    WHERE follow_up IS NOT NULL AND follow_up_done IS NOT NULL;
