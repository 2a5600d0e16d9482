-- Settings get a version number, and the practice server's notices about partners name them.
--
-- A version number for each setting (issue 12, "no lost update"): an edit based on a setting as
-- it was read is refused when someone changed the setting since, as for every other record.
-- A setting that is not stored (its default applies) has version 0 to the app.
ALTER TABLE setting ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- Live updates that name the partners they are about (issue 12): a workstation's partner list
-- then reloads only those rows, not all of them. V9's notice '<kind> <workstation>' gets a third
-- part for the partner and its tags: the ids of the partners the statement changed, comma-
-- separated, '<kind> <workstation> <id>,<id>...'. More than 100 partners in one statement (an
-- import, a bulk change) send no ids, as before: the lists reload entirely; a statement that
-- changed no row sends nothing. TRUNCATE keeps V9's
-- notice without ids. Each statement with its changed rows (transition tables), so one notice
-- per statement, not per row.

CREATE FUNCTION notify_partner_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    n bigint;
    ids text;
BEGIN
    SELECT count(*), string_agg(CAST(id AS text), ',' ORDER BY id) INTO n, ids
    FROM (SELECT DISTINCT id FROM changed_rows LIMIT 101) AS changed;
    IF n = 0 THEN
        RETURN NULL; -- a statement that changed no row (a partner saved without tags) says nothing
    END IF;
    IF n > 100 THEN
        ids := NULL;
    END IF;
    PERFORM pg_notify('verbinder_change', 'partner ' || coalesce(current_setting('verbinder.workstation', true), '')
            || coalesce(' ' || ids, ''));
    RETURN NULL;
END
$$;

CREATE FUNCTION notify_partner_tag_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    n bigint;
    ids text;
BEGIN
    SELECT count(*), string_agg(CAST(partner_id AS text), ',' ORDER BY partner_id) INTO n, ids
    FROM (SELECT DISTINCT partner_id FROM changed_rows LIMIT 101) AS changed;
    IF n = 0 THEN
        RETURN NULL; -- a statement that changed no row (a partner saved without tags) says nothing
    END IF;
    IF n > 100 THEN
        ids := NULL;
    END IF;
    PERFORM pg_notify('verbinder_change', 'partner ' || coalesce(current_setting('verbinder.workstation', true), '')
            || coalesce(' ' || ids, ''));
    RETURN NULL;
END
$$;

DROP TRIGGER partner_notify ON partner;
DROP TRIGGER partner_tag_notify ON partner_tag;

CREATE TRIGGER partner_insert_notify AFTER INSERT ON partner REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION notify_partner_rows();
CREATE TRIGGER partner_update_notify AFTER UPDATE ON partner REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION notify_partner_rows();
CREATE TRIGGER partner_delete_notify AFTER DELETE ON partner REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION notify_partner_rows();
CREATE TRIGGER partner_truncate_notify AFTER TRUNCATE ON partner
    FOR EACH STATEMENT EXECUTE FUNCTION notify_change('partner');
CREATE TRIGGER partner_tag_insert_notify AFTER INSERT ON partner_tag REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION notify_partner_tag_rows();
CREATE TRIGGER partner_tag_update_notify AFTER UPDATE ON partner_tag REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION notify_partner_tag_rows();
CREATE TRIGGER partner_tag_delete_notify AFTER DELETE ON partner_tag REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION notify_partner_tag_rows();
CREATE TRIGGER partner_tag_truncate_notify AFTER TRUNCATE ON partner_tag
    FOR EACH STATEMENT EXECUTE FUNCTION notify_change('partner');
