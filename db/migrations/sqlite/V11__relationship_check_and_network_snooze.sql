-- Verbinder schema, version 11: the relationship check per partner, and snoozes of networks
-- on the attention list.
--
-- 1. relationship_check: six questions, each 1-4 (NULL = not answered yet): three about trust
--    (openness, reliability, shared mission) and three about value (influence, involvement,
--    what they contribute). The partner's trust (1-5) is kept: it is the trust score on the
--    old scale that the attention score, filters and exports use; saving a check sets it from
--    the three trust answers (their sum 3-4 -> 1, 5-6 -> 2, 7-8 -> 3, 9-10 -> 4, 11-12 -> 5).
--    Existing trust values migrate into trust answers whose sum gives the same trust back
--    (1: 1,1,1; 2: 2,2,2; 3: 3,3,2; 4: 3,3,3; 5: 4,4,4); the value answers stay open.
-- 2. network_snooze: a network's attention item put away until a date, with the reason codes
--    it had on the day it was snoozed (as attention_snooze for partners).
-- 3. follow_up_theirs: the moments whose follow-up the partner owes us (absent: we owe it), so
--    open follow-ups are seen both ways.
CREATE TABLE relationship_check (
    partner_id     INTEGER PRIMARY KEY REFERENCES partner (id) ON DELETE CASCADE,
    openness       INTEGER CHECK (openness IS NULL OR openness BETWEEN 1 AND 4),
    reliability    INTEGER CHECK (reliability IS NULL OR reliability BETWEEN 1 AND 4),
    shared_mission INTEGER CHECK (shared_mission IS NULL OR shared_mission BETWEEN 1 AND 4),
    influence      INTEGER CHECK (influence IS NULL OR influence BETWEEN 1 AND 4),
    involvement    INTEGER CHECK (involvement IS NULL OR involvement BETWEEN 1 AND 4),
    contribution   INTEGER CHECK (contribution IS NULL OR contribution BETWEEN 1 AND 4),
    checked_on     TEXT    CHECK (checked_on IS NULL OR date(checked_on) IS checked_on),
    updated_at     TEXT    NOT NULL
);

INSERT INTO relationship_check (partner_id, openness, reliability, shared_mission, checked_on, updated_at)
SELECT id,
       CASE trust WHEN 1 THEN 1 WHEN 2 THEN 2 WHEN 3 THEN 3 WHEN 4 THEN 3 ELSE 4 END,
       CASE trust WHEN 1 THEN 1 WHEN 2 THEN 2 WHEN 3 THEN 3 WHEN 4 THEN 3 ELSE 4 END,
       CASE trust WHEN 1 THEN 1 WHEN 2 THEN 2 WHEN 3 THEN 2 WHEN 4 THEN 3 ELSE 4 END,
       NULL, updated_at
FROM partner WHERE trust IS NOT NULL;

CREATE TABLE network_snooze (
    network_id   INTEGER PRIMARY KEY REFERENCES practice_network (id) ON DELETE CASCADE,
    until        TEXT    NOT NULL CHECK (date(until) IS until),
    note         TEXT,
    reason_codes TEXT    NOT NULL,
    snoozed_on   TEXT    NOT NULL CHECK (date(snoozed_on) IS snoozed_on),
    created_at   TEXT    NOT NULL
);

CREATE TABLE follow_up_theirs (
    moment_id INTEGER PRIMARY KEY REFERENCES contact_moment (id) ON DELETE CASCADE,
    created_at TEXT    NOT NULL
);
