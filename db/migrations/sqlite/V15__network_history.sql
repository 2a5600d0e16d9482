-- Change history of the networks (issue 13): the networks the practice takes part in, their
-- members, goals and phases, their reviews, and each partner's relationship check are
-- recorded like the other records (V5 says how): when, who and each changed field, in the
-- same transaction. Members and goals are links (a member shows in its partner's history);
-- a phase, review or member of a network that is gone keeps the network's last known name.
-- The scores and tips of a review are part of it and not recorded one by one.
-- The PostgreSQL twin was written from this file by scripts/history-triggers-postgresql.py.

-- practice_network
CREATE TRIGGER history_practice_network_insert AFTER INSERT ON practice_network
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'insert', 'network', NEW.id, NEW.name, NULL
    FROM history_context c WHERE c.id = 1;
END;
CREATE TRIGGER history_practice_network_update AFTER UPDATE ON practice_network
WHEN OLD.name IS NOT NEW.name OR OLD.kind IS NOT NEW.kind OR OLD.governance IS NOT NEW.governance OR OLD.focus IS NOT NEW.focus OR OLD.scope IS NOT NEW.scope OR OLD.region IS NOT NEW.region OR OLD.our_role IS NOT NEW.our_role OR OLD.hours_per_quarter IS NOT NEW.hours_per_quarter OR OLD.contract IS NOT NEW.contract OR OLD.contract_until IS NOT NEW.contract_until OR OLD.phase IS NOT NEW.phase OR OLD.notes IS NOT NEW.notes
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'update', 'network', NEW.id, NEW.name, NULL
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
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
    WHERE f.old_value IS NOT f.new_value;
END;
CREATE TRIGGER history_practice_network_delete AFTER DELETE ON practice_network
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'delete', 'network', OLD.id, OLD.name, NULL
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
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
END;

-- practice_network_member
CREATE TRIGGER history_practice_network_member_insert AFTER INSERT ON practice_network_member
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'insert', 'network-member', NEW.network_id, coalesce((SELECT name FROM practice_network WHERE id = NEW.network_id), (SELECT label FROM history_change WHERE record_kind = 'network' AND record_id = NEW.network_id ORDER BY id DESC LIMIT 1)), NEW.partner_id
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'network_id' AS field, NULL AS old_value, CAST(NEW.network_id AS TEXT) AS new_value
        UNION ALL SELECT 'partner_id', NULL, CAST(NEW.partner_id AS TEXT)
        UNION ALL SELECT 'role', NULL, CAST(NEW.role AS TEXT)) f
    WHERE f.new_value IS NOT NULL;
END;
CREATE TRIGGER history_practice_network_member_update AFTER UPDATE ON practice_network_member
WHEN OLD.network_id IS NOT NEW.network_id OR OLD.partner_id IS NOT NEW.partner_id OR OLD.role IS NOT NEW.role
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'update', 'network-member', NEW.network_id, coalesce((SELECT name FROM practice_network WHERE id = NEW.network_id), (SELECT label FROM history_change WHERE record_kind = 'network' AND record_id = NEW.network_id ORDER BY id DESC LIMIT 1)), NEW.partner_id
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'network_id' AS field, CAST(OLD.network_id AS TEXT) AS old_value, CAST(NEW.network_id AS TEXT) AS new_value
        UNION ALL SELECT 'partner_id', CAST(OLD.partner_id AS TEXT), CAST(NEW.partner_id AS TEXT)
        UNION ALL SELECT 'role', CAST(OLD.role AS TEXT), CAST(NEW.role AS TEXT)) f
    WHERE f.old_value IS NOT f.new_value;
END;
CREATE TRIGGER history_practice_network_member_delete AFTER DELETE ON practice_network_member
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'delete', 'network-member', OLD.network_id, coalesce((SELECT name FROM practice_network WHERE id = OLD.network_id), (SELECT label FROM history_change WHERE record_kind = 'network' AND record_id = OLD.network_id ORDER BY id DESC LIMIT 1)), OLD.partner_id
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'network_id' AS field, CAST(OLD.network_id AS TEXT) AS old_value, NULL AS new_value
        UNION ALL SELECT 'partner_id', CAST(OLD.partner_id AS TEXT), NULL
        UNION ALL SELECT 'role', CAST(OLD.role AS TEXT), NULL) f
    WHERE f.old_value IS NOT NULL;
END;

-- practice_network_goal
CREATE TRIGGER history_practice_network_goal_insert AFTER INSERT ON practice_network_goal
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'insert', 'network-goal', NEW.network_id, coalesce((SELECT name FROM practice_network WHERE id = NEW.network_id), (SELECT label FROM history_change WHERE record_kind = 'network' AND record_id = NEW.network_id ORDER BY id DESC LIMIT 1)), NULL
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'network_id' AS field, NULL AS old_value, CAST(NEW.network_id AS TEXT) AS new_value
        UNION ALL SELECT 'goal_id', NULL, CAST(NEW.goal_id AS TEXT)) f
    WHERE f.new_value IS NOT NULL;
END;
CREATE TRIGGER history_practice_network_goal_delete AFTER DELETE ON practice_network_goal
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'delete', 'network-goal', OLD.network_id, coalesce((SELECT name FROM practice_network WHERE id = OLD.network_id), (SELECT label FROM history_change WHERE record_kind = 'network' AND record_id = OLD.network_id ORDER BY id DESC LIMIT 1)), NULL
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'network_id' AS field, CAST(OLD.network_id AS TEXT) AS old_value, NULL AS new_value
        UNION ALL SELECT 'goal_id', CAST(OLD.goal_id AS TEXT), NULL) f
    WHERE f.old_value IS NOT NULL;
END;

-- practice_network_phase
CREATE TRIGGER history_practice_network_phase_insert AFTER INSERT ON practice_network_phase
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'insert', 'network-phase', NEW.id, coalesce((SELECT name FROM practice_network WHERE id = NEW.network_id), (SELECT label FROM history_change WHERE record_kind = 'network' AND record_id = NEW.network_id ORDER BY id DESC LIMIT 1)), NULL
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'network_id' AS field, NULL AS old_value, CAST(NEW.network_id AS TEXT) AS new_value
        UNION ALL SELECT 'phase', NULL, CAST(NEW.phase AS TEXT)
        UNION ALL SELECT 'since', NULL, CAST(NEW.since AS TEXT)) f
    WHERE f.new_value IS NOT NULL;
END;
CREATE TRIGGER history_practice_network_phase_update AFTER UPDATE ON practice_network_phase
WHEN OLD.network_id IS NOT NEW.network_id OR OLD.phase IS NOT NEW.phase OR OLD.since IS NOT NEW.since
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'update', 'network-phase', NEW.id, coalesce((SELECT name FROM practice_network WHERE id = NEW.network_id), (SELECT label FROM history_change WHERE record_kind = 'network' AND record_id = NEW.network_id ORDER BY id DESC LIMIT 1)), NULL
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'network_id' AS field, CAST(OLD.network_id AS TEXT) AS old_value, CAST(NEW.network_id AS TEXT) AS new_value
        UNION ALL SELECT 'phase', CAST(OLD.phase AS TEXT), CAST(NEW.phase AS TEXT)
        UNION ALL SELECT 'since', CAST(OLD.since AS TEXT), CAST(NEW.since AS TEXT)) f
    WHERE f.old_value IS NOT f.new_value;
END;
CREATE TRIGGER history_practice_network_phase_delete AFTER DELETE ON practice_network_phase
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'delete', 'network-phase', OLD.id, coalesce((SELECT name FROM practice_network WHERE id = OLD.network_id), (SELECT label FROM history_change WHERE record_kind = 'network' AND record_id = OLD.network_id ORDER BY id DESC LIMIT 1)), NULL
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'network_id' AS field, CAST(OLD.network_id AS TEXT) AS old_value, NULL AS new_value
        UNION ALL SELECT 'phase', CAST(OLD.phase AS TEXT), NULL
        UNION ALL SELECT 'since', CAST(OLD.since AS TEXT), NULL) f
    WHERE f.old_value IS NOT NULL;
END;

-- network_review
CREATE TRIGGER history_network_review_insert AFTER INSERT ON network_review
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'insert', 'network-review', NEW.id, coalesce((SELECT name FROM practice_network WHERE id = NEW.network_id), (SELECT label FROM history_change WHERE record_kind = 'network' AND record_id = NEW.network_id ORDER BY id DESC LIMIT 1)), NULL
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
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
END;
CREATE TRIGGER history_network_review_update AFTER UPDATE ON network_review
WHEN OLD.network_id IS NOT NEW.network_id OR OLD.reviewed_on IS NOT NEW.reviewed_on OR OLD.trust IS NOT NEW.trust OR OLD.participants IS NOT NEW.participants OR OLD.goal_consensus IS NOT NEW.goal_consensus OR OLD.competence_need IS NOT NEW.competence_need OR OLD.decision IS NOT NEW.decision OR OLD.decision_note IS NOT NEW.decision_note
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'update', 'network-review', NEW.id, coalesce((SELECT name FROM practice_network WHERE id = NEW.network_id), (SELECT label FROM history_change WHERE record_kind = 'network' AND record_id = NEW.network_id ORDER BY id DESC LIMIT 1)), NULL
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'network_id' AS field, CAST(OLD.network_id AS TEXT) AS old_value, CAST(NEW.network_id AS TEXT) AS new_value
        UNION ALL SELECT 'reviewed_on', CAST(OLD.reviewed_on AS TEXT), CAST(NEW.reviewed_on AS TEXT)
        UNION ALL SELECT 'trust', CAST(OLD.trust AS TEXT), CAST(NEW.trust AS TEXT)
        UNION ALL SELECT 'participants', CAST(OLD.participants AS TEXT), CAST(NEW.participants AS TEXT)
        UNION ALL SELECT 'goal_consensus', CAST(OLD.goal_consensus AS TEXT), CAST(NEW.goal_consensus AS TEXT)
        UNION ALL SELECT 'competence_need', CAST(OLD.competence_need AS TEXT), CAST(NEW.competence_need AS TEXT)
        UNION ALL SELECT 'decision', CAST(OLD.decision AS TEXT), CAST(NEW.decision AS TEXT)
        UNION ALL SELECT 'decision_note', CAST(OLD.decision_note AS TEXT), CAST(NEW.decision_note AS TEXT)) f
    WHERE f.old_value IS NOT f.new_value;
END;
CREATE TRIGGER history_network_review_delete AFTER DELETE ON network_review
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'delete', 'network-review', OLD.id, coalesce((SELECT name FROM practice_network WHERE id = OLD.network_id), (SELECT label FROM history_change WHERE record_kind = 'network' AND record_id = OLD.network_id ORDER BY id DESC LIMIT 1)), NULL
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
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
END;

-- relationship_check
CREATE TRIGGER history_relationship_check_insert AFTER INSERT ON relationship_check
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'insert', 'relationship-check', NEW.partner_id, (SELECT name FROM partner WHERE id = NEW.partner_id), NEW.partner_id
    FROM history_context c WHERE c.id = 1;
END;
CREATE TRIGGER history_relationship_check_update AFTER UPDATE ON relationship_check
WHEN OLD.partner_id IS NOT NEW.partner_id OR OLD.openness IS NOT NEW.openness OR OLD.reliability IS NOT NEW.reliability OR OLD.shared_mission IS NOT NEW.shared_mission OR OLD.influence IS NOT NEW.influence OR OLD.involvement IS NOT NEW.involvement OR OLD.contribution IS NOT NEW.contribution OR OLD.checked_on IS NOT NEW.checked_on
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'update', 'relationship-check', NEW.partner_id, (SELECT name FROM partner WHERE id = NEW.partner_id), NEW.partner_id
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
    FROM (
        SELECT 'partner_id' AS field, CAST(OLD.partner_id AS TEXT) AS old_value, CAST(NEW.partner_id AS TEXT) AS new_value
        UNION ALL SELECT 'openness', CAST(OLD.openness AS TEXT), CAST(NEW.openness AS TEXT)
        UNION ALL SELECT 'reliability', CAST(OLD.reliability AS TEXT), CAST(NEW.reliability AS TEXT)
        UNION ALL SELECT 'shared_mission', CAST(OLD.shared_mission AS TEXT), CAST(NEW.shared_mission AS TEXT)
        UNION ALL SELECT 'influence', CAST(OLD.influence AS TEXT), CAST(NEW.influence AS TEXT)
        UNION ALL SELECT 'involvement', CAST(OLD.involvement AS TEXT), CAST(NEW.involvement AS TEXT)
        UNION ALL SELECT 'contribution', CAST(OLD.contribution AS TEXT), CAST(NEW.contribution AS TEXT)
        UNION ALL SELECT 'checked_on', CAST(OLD.checked_on AS TEXT), CAST(NEW.checked_on AS TEXT)) f
    WHERE f.old_value IS NOT f.new_value;
END;
CREATE TRIGGER history_relationship_check_delete AFTER DELETE ON relationship_check
BEGIN
    INSERT INTO history_change (changed_at, actor_id, actor, change_set, action, record_kind, record_id, label, partner_id)
    SELECT coalesce(c.changed_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), c.actor_id, c.actor, c.change_set,
           'delete', 'relationship-check', OLD.partner_id, (SELECT name FROM partner WHERE id = OLD.partner_id), OLD.partner_id
    FROM history_context c WHERE c.id = 1;
    INSERT INTO history_field (change_id, field, old_value, new_value)
    SELECT (SELECT max(id) FROM history_change), f.field, f.old_value, f.new_value
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
END;
