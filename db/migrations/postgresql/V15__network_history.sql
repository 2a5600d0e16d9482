-- Change history of the networks, for a practice server (as the SQLite V15, which says what is
-- recorded). The triggers below were written from the SQLite V15 by
-- scripts/history-triggers-postgresql.py: each runs the same statements as its SQLite twin,
-- in PL/pgSQL.

-- practice_network
CREATE FUNCTION history_practice_network_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, utc_now()), c.actor_id, c.actor, c.change_set,
           'insert', 'network', NEW.id, NEW.name, NULL
    FROM history_context_now() c;
    RETURN NULL;
END
$$;
CREATE TRIGGER history_practice_network_insert AFTER INSERT ON practice_network FOR EACH ROW EXECUTE FUNCTION history_practice_network_insert();
CREATE FUNCTION history_practice_network_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, utc_now()), c.actor_id, c.actor, c.change_set,
           'update', 'network', NEW.id, NEW.name, NULL
    FROM history_context_now() c;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT currval(pg_get_serial_sequence('history_change', 'id')), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'name' AS field, CAST(OLD.name AS TEXT) AS old_value, CAST(NEW.name AS TEXT) AS new_value
        UNION ALL SELECT 'kind', CAST(OLD.kind AS TEXT), CAST(NEW.kind AS TEXT)
        UNION ALL SELECT 'governance', CAST(OLD.governance AS TEXT), CAST(NEW.governance AS TEXT)
        UNION ALL SELECT 'focus', CAST(OLD.focus AS TEXT), CAST(NEW.focus AS TEXT)
        UNION ALL SELECT 'scope', CAST(OLD.scope AS TEXT), CAST(NEW.scope AS TEXT)
        UNION ALL SELECT 'region', CAST(OLD.region AS TEXT), CAST(NEW.region AS TEXT)
        UNION ALL SELECT 'our_role', CAST(OLD.our_role AS TEXT), CAST(NEW.our_role AS TEXT)
        UNION ALL SELECT 'hours_per_quarter', CAST(OLD.hours_per_quarter AS TEXT), CAST(NEW.hours_per_quarter AS TEXT)
        UNION ALL SELECT 'contract', CAST(OLD.contract AS TEXT), CAST(NEW.contract AS TEXT)
        UNION ALL SELECT 'contract_until', CAST(OLD.contract_until AS TEXT), CAST(NEW.contract_until AS TEXT)
        UNION ALL SELECT 'phase', CAST(OLD.phase AS TEXT), CAST(NEW.phase AS TEXT)
        UNION ALL SELECT 'notes', CAST(OLD.notes AS TEXT), CAST(NEW.notes AS TEXT)) f
    WHERE f.old_value IS DISTINCT FROM f.new_value;
    RETURN NULL;
END
$$;
CREATE TRIGGER history_practice_network_update AFTER UPDATE ON practice_network FOR EACH ROW
WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.kind IS DISTINCT FROM NEW.kind OR OLD.governance IS DISTINCT FROM NEW.governance OR OLD.focus IS DISTINCT FROM NEW.focus OR OLD.scope IS DISTINCT FROM NEW.scope OR OLD.region IS DISTINCT FROM NEW.region OR OLD.our_role IS DISTINCT FROM NEW.our_role OR OLD.hours_per_quarter IS DISTINCT FROM NEW.hours_per_quarter OR OLD.contract IS DISTINCT FROM NEW.contract OR OLD.contract_until IS DISTINCT FROM NEW.contract_until OR OLD.phase IS DISTINCT FROM NEW.phase OR OLD.notes IS DISTINCT FROM NEW.notes) EXECUTE FUNCTION history_practice_network_update();
CREATE FUNCTION history_practice_network_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, utc_now()), c.actor_id, c.actor, c.change_set,
           'delete', 'network', OLD.id, OLD.name, NULL
    FROM history_context_now() c;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT currval(pg_get_serial_sequence('history_change', 'id')), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'name' AS field, CAST(OLD.name AS TEXT) AS old_value, NULL AS new_value
        UNION ALL SELECT 'kind', CAST(OLD.kind AS TEXT), NULL
        UNION ALL SELECT 'governance', CAST(OLD.governance AS TEXT), NULL
        UNION ALL SELECT 'focus', CAST(OLD.focus AS TEXT), NULL
        UNION ALL SELECT 'scope', CAST(OLD.scope AS TEXT), NULL
        UNION ALL SELECT 'region', CAST(OLD.region AS TEXT), NULL
        UNION ALL SELECT 'our_role', CAST(OLD.our_role AS TEXT), NULL
        UNION ALL SELECT 'hours_per_quarter', CAST(OLD.hours_per_quarter AS TEXT), NULL
        UNION ALL SELECT 'contract', CAST(OLD.contract AS TEXT), NULL
        UNION ALL SELECT 'contract_until', CAST(OLD.contract_until AS TEXT), NULL
        UNION ALL SELECT 'phase', CAST(OLD.phase AS TEXT), NULL
        UNION ALL SELECT 'notes', CAST(OLD.notes AS TEXT), NULL) f
    WHERE f.old_value IS NOT NULL;
    RETURN NULL;
END
$$;
CREATE TRIGGER history_practice_network_delete AFTER DELETE ON practice_network FOR EACH ROW EXECUTE FUNCTION history_practice_network_delete();
-- practice_network_member
CREATE FUNCTION history_practice_network_member_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, utc_now()), c.actor_id, c.actor, c.change_set,
           'insert', 'network-member', NEW.network_id, coalesce((SELECT name FROM practice_network WHERE id = NEW.network_id), (SELECT label FROM history_change WHERE record_kind = 'network' AND record_id = NEW.network_id ORDER BY id DESC LIMIT 1)), NEW.partner_id
    FROM history_context_now() c;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT currval(pg_get_serial_sequence('history_change', 'id')), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'network_id' AS field, NULL AS old_value, CAST(NEW.network_id AS TEXT) AS new_value
        UNION ALL SELECT 'partner_id', NULL, CAST(NEW.partner_id AS TEXT)
        UNION ALL SELECT 'role', NULL, CAST(NEW.role AS TEXT)) f
    WHERE f.new_value IS NOT NULL;
    RETURN NULL;
END
$$;
CREATE TRIGGER history_practice_network_member_insert AFTER INSERT ON practice_network_member FOR EACH ROW EXECUTE FUNCTION history_practice_network_member_insert();
CREATE FUNCTION history_practice_network_member_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, utc_now()), c.actor_id, c.actor, c.change_set,
           'update', 'network-member', NEW.network_id, coalesce((SELECT name FROM practice_network WHERE id = NEW.network_id), (SELECT label FROM history_change WHERE record_kind = 'network' AND record_id = NEW.network_id ORDER BY id DESC LIMIT 1)), NEW.partner_id
    FROM history_context_now() c;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT currval(pg_get_serial_sequence('history_change', 'id')), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'network_id' AS field, CAST(OLD.network_id AS TEXT) AS old_value, CAST(NEW.network_id AS TEXT) AS new_value
        UNION ALL SELECT 'partner_id', CAST(OLD.partner_id AS TEXT), CAST(NEW.partner_id AS TEXT)
        UNION ALL SELECT 'role', CAST(OLD.role AS TEXT), CAST(NEW.role AS TEXT)) f
    WHERE f.old_value IS DISTINCT FROM f.new_value;
    RETURN NULL;
END
$$;
CREATE TRIGGER history_practice_network_member_update AFTER UPDATE ON practice_network_member FOR EACH ROW
WHEN (OLD.network_id IS DISTINCT FROM NEW.network_id OR OLD.partner_id IS DISTINCT FROM NEW.partner_id OR OLD.role IS DISTINCT FROM NEW.role) EXECUTE FUNCTION history_practice_network_member_update();
CREATE FUNCTION history_practice_network_member_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, utc_now()), c.actor_id, c.actor, c.change_set,
           'delete', 'network-member', OLD.network_id, coalesce((SELECT name FROM practice_network WHERE id = OLD.network_id), (SELECT label FROM history_change WHERE record_kind = 'network' AND record_id = OLD.network_id ORDER BY id DESC LIMIT 1)), OLD.partner_id
    FROM history_context_now() c;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT currval(pg_get_serial_sequence('history_change', 'id')), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'network_id' AS field, CAST(OLD.network_id AS TEXT) AS old_value, NULL AS new_value
        UNION ALL SELECT 'partner_id', CAST(OLD.partner_id AS TEXT), NULL
        UNION ALL SELECT 'role', CAST(OLD.role AS TEXT), NULL) f
    WHERE f.old_value IS NOT NULL;
    RETURN NULL;
END
$$;
CREATE TRIGGER history_practice_network_member_delete AFTER DELETE ON practice_network_member FOR EACH ROW EXECUTE FUNCTION history_practice_network_member_delete();
-- practice_network_goal
CREATE FUNCTION history_practice_network_goal_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, utc_now()), c.actor_id, c.actor, c.change_set,
           'insert', 'network-goal', NEW.network_id, coalesce((SELECT name FROM practice_network WHERE id = NEW.network_id), (SELECT label FROM history_change WHERE record_kind = 'network' AND record_id = NEW.network_id ORDER BY id DESC LIMIT 1)), NULL
    FROM history_context_now() c;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT currval(pg_get_serial_sequence('history_change', 'id')), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'network_id' AS field, NULL AS old_value, CAST(NEW.network_id AS TEXT) AS new_value
        UNION ALL SELECT 'goal_id', NULL, CAST(NEW.goal_id AS TEXT)) f
    WHERE f.new_value IS NOT NULL;
    RETURN NULL;
END
$$;
CREATE TRIGGER history_practice_network_goal_insert AFTER INSERT ON practice_network_goal FOR EACH ROW EXECUTE FUNCTION history_practice_network_goal_insert();
CREATE FUNCTION history_practice_network_goal_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, utc_now()), c.actor_id, c.actor, c.change_set,
           'delete', 'network-goal', OLD.network_id, coalesce((SELECT name FROM practice_network WHERE id = OLD.network_id), (SELECT label FROM history_change WHERE record_kind = 'network' AND record_id = OLD.network_id ORDER BY id DESC LIMIT 1)), NULL
    FROM history_context_now() c;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT currval(pg_get_serial_sequence('history_change', 'id')), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'network_id' AS field, CAST(OLD.network_id AS TEXT) AS old_value, NULL AS new_value
        UNION ALL SELECT 'goal_id', CAST(OLD.goal_id AS TEXT), NULL) f
    WHERE f.old_value IS NOT NULL;
    RETURN NULL;
END
$$;
CREATE TRIGGER history_practice_network_goal_delete AFTER DELETE ON practice_network_goal FOR EACH ROW EXECUTE FUNCTION history_practice_network_goal_delete();
-- practice_network_phase
CREATE FUNCTION history_practice_network_phase_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, utc_now()), c.actor_id, c.actor, c.change_set,
           'insert', 'network-phase', NEW.id, coalesce((SELECT name FROM practice_network WHERE id = NEW.network_id), (SELECT label FROM history_change WHERE record_kind = 'network' AND record_id = NEW.network_id ORDER BY id DESC LIMIT 1)), NULL
    FROM history_context_now() c;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT currval(pg_get_serial_sequence('history_change', 'id')), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'network_id' AS field, NULL AS old_value, CAST(NEW.network_id AS TEXT) AS new_value
        UNION ALL SELECT 'phase', NULL, CAST(NEW.phase AS TEXT)
        UNION ALL SELECT 'since', NULL, CAST(NEW.since AS TEXT)) f
    WHERE f.new_value IS NOT NULL;
    RETURN NULL;
END
$$;
CREATE TRIGGER history_practice_network_phase_insert AFTER INSERT ON practice_network_phase FOR EACH ROW EXECUTE FUNCTION history_practice_network_phase_insert();
CREATE FUNCTION history_practice_network_phase_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, utc_now()), c.actor_id, c.actor, c.change_set,
           'update', 'network-phase', NEW.id, coalesce((SELECT name FROM practice_network WHERE id = NEW.network_id), (SELECT label FROM history_change WHERE record_kind = 'network' AND record_id = NEW.network_id ORDER BY id DESC LIMIT 1)), NULL
    FROM history_context_now() c;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT currval(pg_get_serial_sequence('history_change', 'id')), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'network_id' AS field, CAST(OLD.network_id AS TEXT) AS old_value, CAST(NEW.network_id AS TEXT) AS new_value
        UNION ALL SELECT 'phase', CAST(OLD.phase AS TEXT), CAST(NEW.phase AS TEXT)
        UNION ALL SELECT 'since', CAST(OLD.since AS TEXT), CAST(NEW.since AS TEXT)) f
    WHERE f.old_value IS DISTINCT FROM f.new_value;
    RETURN NULL;
END
$$;
CREATE TRIGGER history_practice_network_phase_update AFTER UPDATE ON practice_network_phase FOR EACH ROW
WHEN (OLD.network_id IS DISTINCT FROM NEW.network_id OR OLD.phase IS DISTINCT FROM NEW.phase OR OLD.since IS DISTINCT FROM NEW.since) EXECUTE FUNCTION history_practice_network_phase_update();
CREATE FUNCTION history_practice_network_phase_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, utc_now()), c.actor_id, c.actor, c.change_set,
           'delete', 'network-phase', OLD.id, coalesce((SELECT name FROM practice_network WHERE id = OLD.network_id), (SELECT label FROM history_change WHERE record_kind = 'network' AND record_id = OLD.network_id ORDER BY id DESC LIMIT 1)), NULL
    FROM history_context_now() c;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT currval(pg_get_serial_sequence('history_change', 'id')), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'network_id' AS field, CAST(OLD.network_id AS TEXT) AS old_value, NULL AS new_value
        UNION ALL SELECT 'phase', CAST(OLD.phase AS TEXT), NULL
        UNION ALL SELECT 'since', CAST(OLD.since AS TEXT), NULL) f
    WHERE f.old_value IS NOT NULL;
    RETURN NULL;
END
$$;
CREATE TRIGGER history_practice_network_phase_delete AFTER DELETE ON practice_network_phase FOR EACH ROW EXECUTE FUNCTION history_practice_network_phase_delete();
-- network_review
CREATE FUNCTION history_network_review_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, utc_now()), c.actor_id, c.actor, c.change_set,
           'insert', 'network-review', NEW.id, coalesce((SELECT name FROM practice_network WHERE id = NEW.network_id), (SELECT label FROM history_change WHERE record_kind = 'network' AND record_id = NEW.network_id ORDER BY id DESC LIMIT 1)), NULL
    FROM history_context_now() c;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT currval(pg_get_serial_sequence('history_change', 'id')), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'network_id' AS field, NULL AS old_value, CAST(NEW.network_id AS TEXT) AS new_value
        UNION ALL SELECT 'reviewed_on', NULL, CAST(NEW.reviewed_on AS TEXT)
        UNION ALL SELECT 'trust', NULL, CAST(NEW.trust AS TEXT)
        UNION ALL SELECT 'participants', NULL, CAST(NEW.participants AS TEXT)
        UNION ALL SELECT 'goal_consensus', NULL, CAST(NEW.goal_consensus AS TEXT)
        UNION ALL SELECT 'competence_need', NULL, CAST(NEW.competence_need AS TEXT)
        UNION ALL SELECT 'decision', NULL, CAST(NEW.decision AS TEXT)
        UNION ALL SELECT 'decision_note', NULL, CAST(NEW.decision_note AS TEXT)) f
    WHERE f.new_value IS NOT NULL;
    RETURN NULL;
END
$$;
CREATE TRIGGER history_network_review_insert AFTER INSERT ON network_review FOR EACH ROW EXECUTE FUNCTION history_network_review_insert();
CREATE FUNCTION history_network_review_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, utc_now()), c.actor_id, c.actor, c.change_set,
           'update', 'network-review', NEW.id, coalesce((SELECT name FROM practice_network WHERE id = NEW.network_id), (SELECT label FROM history_change WHERE record_kind = 'network' AND record_id = NEW.network_id ORDER BY id DESC LIMIT 1)), NULL
    FROM history_context_now() c;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT currval(pg_get_serial_sequence('history_change', 'id')), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'network_id' AS field, CAST(OLD.network_id AS TEXT) AS old_value, CAST(NEW.network_id AS TEXT) AS new_value
        UNION ALL SELECT 'reviewed_on', CAST(OLD.reviewed_on AS TEXT), CAST(NEW.reviewed_on AS TEXT)
        UNION ALL SELECT 'trust', CAST(OLD.trust AS TEXT), CAST(NEW.trust AS TEXT)
        UNION ALL SELECT 'participants', CAST(OLD.participants AS TEXT), CAST(NEW.participants AS TEXT)
        UNION ALL SELECT 'goal_consensus', CAST(OLD.goal_consensus AS TEXT), CAST(NEW.goal_consensus AS TEXT)
        UNION ALL SELECT 'competence_need', CAST(OLD.competence_need AS TEXT), CAST(NEW.competence_need AS TEXT)
        UNION ALL SELECT 'decision', CAST(OLD.decision AS TEXT), CAST(NEW.decision AS TEXT)
        UNION ALL SELECT 'decision_note', CAST(OLD.decision_note AS TEXT), CAST(NEW.decision_note AS TEXT)) f
    WHERE f.old_value IS DISTINCT FROM f.new_value;
    RETURN NULL;
END
$$;
CREATE TRIGGER history_network_review_update AFTER UPDATE ON network_review FOR EACH ROW
WHEN (OLD.network_id IS DISTINCT FROM NEW.network_id OR OLD.reviewed_on IS DISTINCT FROM NEW.reviewed_on OR OLD.trust IS DISTINCT FROM NEW.trust OR OLD.participants IS DISTINCT FROM NEW.participants OR OLD.goal_consensus IS DISTINCT FROM NEW.goal_consensus OR OLD.competence_need IS DISTINCT FROM NEW.competence_need OR OLD.decision IS DISTINCT FROM NEW.decision OR OLD.decision_note IS DISTINCT FROM NEW.decision_note) EXECUTE FUNCTION history_network_review_update();
CREATE FUNCTION history_network_review_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, utc_now()), c.actor_id, c.actor, c.change_set,
           'delete', 'network-review', OLD.id, coalesce((SELECT name FROM practice_network WHERE id = OLD.network_id), (SELECT label FROM history_change WHERE record_kind = 'network' AND record_id = OLD.network_id ORDER BY id DESC LIMIT 1)), NULL
    FROM history_context_now() c;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT currval(pg_get_serial_sequence('history_change', 'id')), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'network_id' AS field, CAST(OLD.network_id AS TEXT) AS old_value, NULL AS new_value
        UNION ALL SELECT 'reviewed_on', CAST(OLD.reviewed_on AS TEXT), NULL
        UNION ALL SELECT 'trust', CAST(OLD.trust AS TEXT), NULL
        UNION ALL SELECT 'participants', CAST(OLD.participants AS TEXT), NULL
        UNION ALL SELECT 'goal_consensus', CAST(OLD.goal_consensus AS TEXT), NULL
        UNION ALL SELECT 'competence_need', CAST(OLD.competence_need AS TEXT), NULL
        UNION ALL SELECT 'decision', CAST(OLD.decision AS TEXT), NULL
        UNION ALL SELECT 'decision_note', CAST(OLD.decision_note AS TEXT), NULL) f
    WHERE f.old_value IS NOT NULL;
    RETURN NULL;
END
$$;
CREATE TRIGGER history_network_review_delete AFTER DELETE ON network_review FOR EACH ROW EXECUTE FUNCTION history_network_review_delete();
-- relationship_check
CREATE FUNCTION history_relationship_check_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, utc_now()), c.actor_id, c.actor, c.change_set,
           'insert', 'relationship-check', NEW.partner_id, (SELECT name FROM partner WHERE id = NEW.partner_id), NEW.partner_id
    FROM history_context_now() c;
    RETURN NULL;
END
$$;
CREATE TRIGGER history_relationship_check_insert AFTER INSERT ON relationship_check FOR EACH ROW EXECUTE FUNCTION history_relationship_check_insert();
CREATE FUNCTION history_relationship_check_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, utc_now()), c.actor_id, c.actor, c.change_set,
           'update', 'relationship-check', NEW.partner_id, (SELECT name FROM partner WHERE id = NEW.partner_id), NEW.partner_id
    FROM history_context_now() c;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT currval(pg_get_serial_sequence('history_change', 'id')), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'partner_id' AS field, CAST(OLD.partner_id AS TEXT) AS old_value, CAST(NEW.partner_id AS TEXT) AS new_value
        UNION ALL SELECT 'openness', CAST(OLD.openness AS TEXT), CAST(NEW.openness AS TEXT)
        UNION ALL SELECT 'reliability', CAST(OLD.reliability AS TEXT), CAST(NEW.reliability AS TEXT)
        UNION ALL SELECT 'shared_mission', CAST(OLD.shared_mission AS TEXT), CAST(NEW.shared_mission AS TEXT)
        UNION ALL SELECT 'influence', CAST(OLD.influence AS TEXT), CAST(NEW.influence AS TEXT)
        UNION ALL SELECT 'involvement', CAST(OLD.involvement AS TEXT), CAST(NEW.involvement AS TEXT)
        UNION ALL SELECT 'contribution', CAST(OLD.contribution AS TEXT), CAST(NEW.contribution AS TEXT)
        UNION ALL SELECT 'checked_on', CAST(OLD.checked_on AS TEXT), CAST(NEW.checked_on AS TEXT)) f
    WHERE f.old_value IS DISTINCT FROM f.new_value;
    RETURN NULL;
END
$$;
CREATE TRIGGER history_relationship_check_update AFTER UPDATE ON relationship_check FOR EACH ROW
WHEN (OLD.partner_id IS DISTINCT FROM NEW.partner_id OR OLD.openness IS DISTINCT FROM NEW.openness OR OLD.reliability IS DISTINCT FROM NEW.reliability OR OLD.shared_mission IS DISTINCT FROM NEW.shared_mission OR OLD.influence IS DISTINCT FROM NEW.influence OR OLD.involvement IS DISTINCT FROM NEW.involvement OR OLD.contribution IS DISTINCT FROM NEW.contribution OR OLD.checked_on IS DISTINCT FROM NEW.checked_on) EXECUTE FUNCTION history_relationship_check_update();
CREATE FUNCTION history_relationship_check_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, utc_now()), c.actor_id, c.actor, c.change_set,
           'delete', 'relationship-check', OLD.partner_id, (SELECT name FROM partner WHERE id = OLD.partner_id), OLD.partner_id
    FROM history_context_now() c;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT currval(pg_get_serial_sequence('history_change', 'id')), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'partner_id' AS field, CAST(OLD.partner_id AS TEXT) AS old_value, NULL AS new_value
        UNION ALL SELECT 'openness', CAST(OLD.openness AS TEXT), NULL
        UNION ALL SELECT 'reliability', CAST(OLD.reliability AS TEXT), NULL
        UNION ALL SELECT 'shared_mission', CAST(OLD.shared_mission AS TEXT), NULL
        UNION ALL SELECT 'influence', CAST(OLD.influence AS TEXT), NULL
        UNION ALL SELECT 'involvement', CAST(OLD.involvement AS TEXT), NULL
        UNION ALL SELECT 'contribution', CAST(OLD.contribution AS TEXT), NULL
        UNION ALL SELECT 'checked_on', CAST(OLD.checked_on AS TEXT), NULL) f
    WHERE f.old_value IS NOT NULL;
    RETURN NULL;
END
$$;
CREATE TRIGGER history_relationship_check_delete AFTER DELETE ON relationship_check FOR EACH ROW EXECUTE FUNCTION history_relationship_check_delete();
