-- Live updates between workstations (issue 12): every statement that changes a practice's record
-- tells the other workstations, with PostgreSQL's NOTIFY on the channel verbinder_change. The
-- notice is sent when the writing transaction commits (and not at all when it rolls back), once
-- per kind of record and transaction (PostgreSQL folds equal notices of one transaction). Its
-- text is '<kind> <workstation>': the kind of record (the main table of what changed: a moment's
-- links count as the moment) and the workstation that wrote it, which the app sets per write
-- transaction in the setting verbinder.workstation (see PostgresDatabase), so a window ignores
-- its own notices. A change made outside the app (psql) has no workstation and reaches all.
-- The history tables and the search index are left out: they change with the records above.
-- No counterpart on SQLite (one file, one window). See docs/decisions/0014-live-updates.md.

CREATE FUNCTION notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('verbinder_change',
            TG_ARGV[0] || ' ' || coalesce(current_setting('verbinder.workstation', true), ''));
    RETURN NULL;
END
$$;

CREATE TRIGGER partner_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON partner
    FOR EACH STATEMENT EXECUTE FUNCTION notify_change('partner');
CREATE TRIGGER partner_tag_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON partner_tag
    FOR EACH STATEMENT EXECUTE FUNCTION notify_change('partner');
CREATE TRIGGER contact_person_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON contact_person
    FOR EACH STATEMENT EXECUTE FUNCTION notify_change('contact_person');
CREATE TRIGGER contact_moment_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON contact_moment
    FOR EACH STATEMENT EXECUTE FUNCTION notify_change('contact_moment');
CREATE TRIGGER contact_moment_goal_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON contact_moment_goal
    FOR EACH STATEMENT EXECUTE FUNCTION notify_change('contact_moment');
CREATE TRIGGER contact_moment_person_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON contact_moment_person
    FOR EACH STATEMENT EXECUTE FUNCTION notify_change('contact_moment');
CREATE TRIGGER contact_moment_therapist_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON contact_moment_therapist
    FOR EACH STATEMENT EXECUTE FUNCTION notify_change('contact_moment');
CREATE TRIGGER calendar_event_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON calendar_event
    FOR EACH STATEMENT EXECUTE FUNCTION notify_change('contact_moment');
CREATE TRIGGER shared_goal_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON shared_goal
    FOR EACH STATEMENT EXECUTE FUNCTION notify_change('shared_goal');
CREATE TRIGGER shared_goal_partner_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON shared_goal_partner
    FOR EACH STATEMENT EXECUTE FUNCTION notify_change('shared_goal');
CREATE TRIGGER environment_note_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON environment_note
    FOR EACH STATEMENT EXECUTE FUNCTION notify_change('environment_note');
CREATE TRIGGER environment_note_partner_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON environment_note_partner
    FOR EACH STATEMENT EXECUTE FUNCTION notify_change('environment_note');
CREATE TRIGGER practice_profile_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON practice_profile
    FOR EACH STATEMENT EXECUTE FUNCTION notify_change('practice_profile');
CREATE TRIGGER therapist_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON therapist
    FOR EACH STATEMENT EXECUTE FUNCTION notify_change('therapist');
CREATE TRIGGER setting_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON setting
    FOR EACH STATEMENT EXECUTE FUNCTION notify_change('setting');
CREATE TRIGGER attention_snooze_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON attention_snooze
    FOR EACH STATEMENT EXECUTE FUNCTION notify_change('attention_snooze');
CREATE TRIGGER trash_item_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON trash_item
    FOR EACH STATEMENT EXECUTE FUNCTION notify_change('trash_item');
CREATE TRIGGER import_record_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON import_record
    FOR EACH STATEMENT EXECUTE FUNCTION notify_change('import_record');
CREATE TRIGGER import_record_item_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON import_record_item
    FOR EACH STATEMENT EXECUTE FUNCTION notify_change('import_record');
CREATE TRIGGER practice_network_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON practice_network
    FOR EACH STATEMENT EXECUTE FUNCTION notify_change('practice_network');
CREATE TRIGGER practice_network_goal_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON practice_network_goal
    FOR EACH STATEMENT EXECUTE FUNCTION notify_change('practice_network');
CREATE TRIGGER practice_network_member_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON practice_network_member
    FOR EACH STATEMENT EXECUTE FUNCTION notify_change('practice_network');
CREATE TRIGGER practice_network_moment_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON practice_network_moment
    FOR EACH STATEMENT EXECUTE FUNCTION notify_change('practice_network');
CREATE TRIGGER practice_network_phase_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON practice_network_phase
    FOR EACH STATEMENT EXECUTE FUNCTION notify_change('practice_network');
CREATE TRIGGER network_review_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON network_review
    FOR EACH STATEMENT EXECUTE FUNCTION notify_change('practice_network');
CREATE TRIGGER network_review_score_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON network_review_score
    FOR EACH STATEMENT EXECUTE FUNCTION notify_change('practice_network');
CREATE TRIGGER network_review_tip_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON network_review_tip
    FOR EACH STATEMENT EXECUTE FUNCTION notify_change('practice_network');
