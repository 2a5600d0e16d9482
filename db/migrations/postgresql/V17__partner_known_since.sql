-- Verbinder schema, version 17: the day the practice has known a partner since, when that is
-- earlier than the day its record was typed in (a partner list imported with a "Bekend sinds"
-- column, or entered in the partner form). The past as it was (store.jdbc.AsOf) counts a
-- partner from the earliest of its creation, its first contact moment and this day.
ALTER TABLE partner ADD COLUMN known_since TEXT
    CHECK (known_since IS NULL OR is_iso_date(known_since));
