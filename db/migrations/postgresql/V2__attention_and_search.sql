-- Verbinder schema, version 2, for a practice server: the attention engine (settings, snoozes,
-- the indexes its queries need) and search over partners, as the SQLite V2. SQLite searches an
-- FTS5 table; here partner_search holds each partner's words, folded the same way (case,
-- accents, the dotless ı, ß), in a trigram index, kept in step by the same triggers.

-- Settings as key/value text, e.g. attention.goal-stalled.days = 90. A missing key means
-- the built-in default.
CREATE TABLE setting (
    key        TEXT PRIMARY KEY CHECK (length(trim(key)) > 0),
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- An attention item put away until a date, with a note and the reason codes present then.
CREATE TABLE attention_snooze (
    partner_id   BIGINT PRIMARY KEY REFERENCES partner (id) ON DELETE CASCADE,
    until        TEXT   NOT NULL CHECK (is_iso_date(until)),
    note         TEXT,
    reason_codes TEXT   NOT NULL,
    snoozed_on   TEXT   NOT NULL CHECK (is_iso_date(snoozed_on)),
    created_at   TEXT   NOT NULL
);

-- What a moment records of give and take (1 offered, 2 asked, 3 both, 0 neither). SQLite
-- computes it on reading (VIRTUAL); PostgreSQL 15 stores it.
ALTER TABLE contact_moment ADD COLUMN give_ask INTEGER
    GENERATED ALWAYS AS ((CASE WHEN offered IS NULL THEN 0 ELSE 1 END)
                         + 2 * (CASE WHEN asked IS NULL THEN 0 ELSE 1 END)) STORED;
CREATE INDEX contact_moment_give_ask ON contact_moment (partner_id, moment_date DESC, id DESC, give_ask)
    WHERE give_ask > 0;

-- Attention: agreed and active goals.
CREATE INDEX shared_goal_status ON shared_goal (status);

-- Search over partners: one row per partner with its words (name, city, notes, tags, contact
-- persons' names) folded and split on everything that is not a letter or digit, each field
-- between ' | ' so that a phrase never runs from one field into the next:
-- ' huisarts de linde | utrecht | ... |'. A search word matches when it starts a word:
-- document LIKE '% word%' (the trigram index serves it).
CREATE TABLE partner_search (
    partner_id BIGINT PRIMARY KEY REFERENCES partner (id) ON DELETE CASCADE,
    document   TEXT   NOT NULL
);
CREATE INDEX partner_search_document ON partner_search USING gin (document gin_trgm_ops);

-- The words of one field: folded, split on what is not a letter or digit, between spaces.
CREATE FUNCTION search_words(value text) RETURNS text
    LANGUAGE sql STABLE
    RETURN ' ' || trim(regexp_replace(fold(coalesce(value, '')), '[^[:alnum:]]+', ' ', 'g')) || ' ';

CREATE FUNCTION partner_search_refresh(changed_partner BIGINT) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM partner_search WHERE partner_id = changed_partner;
    INSERT INTO partner_search (partner_id, document)
    SELECT p.id,
           search_words(p.name) || '|' || search_words(p.city) || '|' || search_words(p.notes) || '|'
           || search_words((SELECT string_agg(g.tag::text, ' ') FROM partner_tag g WHERE g.partner_id = p.id)) || '|'
           || search_words((SELECT string_agg(c.name, ' ') FROM contact_person c WHERE c.partner_id = p.id)) || '|'
    FROM partner p WHERE p.id = changed_partner;
END;
$$;

CREATE FUNCTION partner_search_on_partner() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM partner_search_refresh(NEW.id);
    RETURN NULL;
END;
$$;

CREATE FUNCTION partner_search_on_part() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM partner_search_refresh(OLD.partner_id);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM partner_search_refresh(NEW.partner_id);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER partner_search_partner_insert AFTER INSERT ON partner
    FOR EACH ROW EXECUTE FUNCTION partner_search_on_partner();
CREATE TRIGGER partner_search_partner_update AFTER UPDATE OF name, city, notes ON partner
    FOR EACH ROW EXECUTE FUNCTION partner_search_on_partner();
-- A deleted partner's row goes with it (ON DELETE CASCADE).
CREATE TRIGGER partner_search_tag_change AFTER INSERT OR DELETE ON partner_tag
    FOR EACH ROW EXECUTE FUNCTION partner_search_on_part();
CREATE TRIGGER partner_search_person_change AFTER INSERT OR DELETE OR UPDATE OF name, partner_id ON contact_person
    FOR EACH ROW EXECUTE FUNCTION partner_search_on_part();

-- The partners that exist already.
SELECT partner_search_refresh(id) FROM partner;
