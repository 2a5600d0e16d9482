package nl.verbinder.store.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

/**
 * "The past as it was" in SQL: the partners, goals and follow-ups as they were at the end of a
 * day, read from the change history (V5) in set-based derived tables that the attention list,
 * the network map and the insight counts select from instead of the tables themselves.
 *
 * <p>A field's value at the end of the day is the "from" of the first change after it (an
 * update, or the delete that recorded every field); a record without such a change has its
 * value of now. Before the history began (a database from an earlier release) that is what is
 * known. A partner exists from the earliest of its creation, its first contact moment and the
 * day it is known since (V17, {@code known_since}, e.g. from an imported list), and
 * is in the trash on the day only when it was put there by then.
 *
 * <p>Changes are found through the partial index {@code history_change_kind_changed_at}
 * (V10), whose condition is {@code action IN ('update', 'delete')}: a query that wants only
 * deletes says so as well ({@code ... AND c.action = 'delete'}), because SQLite uses a
 * partial index only when the query repeats its condition.
 *
 * <p>The day and instant are written into the SQL as literals: they come from
 * {@link LocalDate} and {@link Instant}, never from user text, and so the same text runs in
 * the sqlite3 shell for the benchmark.
 */
final class AsOf {

    /** The partner fields whose past values count. */
    private static final List<String> PARTNER_FIELDS = List.of("category", "status", "owner_id", "rhythm_days",
            "deleted_at");

    private AsOf() {
    }

    /** The instant a day ends (the next day's start) in the practice's time zone, as stored text. */
    static String end(LocalDate day, ZoneId zone) {
        return Sql.text(day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /**
     * Per record of a kind that changed after {@code end}: for each field, whether a change
     * after {@code end} carried it ({@code has_<field>} = 1) and its value then ({@code <field>}).
     * One pass over the changes after {@code end} (index {@code history_change_changed_at}).
     */
    static String firstValues(String kind, String end, List<String> fields) {
        String pivot = fields.stream().map(f -> """
                max(CASE WHEN x.field = '%1$s' THEN 1 ELSE 0 END) AS has_%1$s,
                max(CASE WHEN x.field = '%1$s' THEN x.old_value END) AS %1$s""".formatted(f))
                .collect(Collectors.joining(",\n"));
        String list = fields.stream().map(f -> "'" + f + "'").collect(Collectors.joining(", "));
        return """
                SELECT x.record_id,
                %1$s
                FROM (SELECT c.record_id, f.field, f.old_value,
                             row_number() OVER (PARTITION BY c.record_id, f.field ORDER BY c.id) AS n
                      FROM history_change c JOIN history_field f ON f.change_id = c.id
                      WHERE c.record_kind = '%2$s' AND c.action IN ('update', 'delete') AND c.changed_at >= '%3$s'
                        AND f.field IN (%4$s)) x
                WHERE x.n = 1
                GROUP BY x.record_id""".formatted(pivot, kind, end, list);
    }

    /**
     * The partners that existed on {@code day} and were not in the trash then, with their
     * category, status, owner and rhythm of then: columns id, name, category, status, owner_id,
     * rhythm_days, trust, since (the day it exists from, ISO). Use as {@code FROM (...) p}.
     */
    static String partners(LocalDate day, String end) {
        return """
                SELECT a.* FROM (
                  SELECT p.id, p.name, p.trust,
                         CASE WHEN h.has_category = 1 THEN h.category ELSE p.category END AS category,
                         CASE WHEN h.has_status = 1 THEN h.status ELSE p.status END AS status,
                         CASE WHEN h.has_owner_id = 1 THEN CAST(h.owner_id AS BIGINT) ELSE p.owner_id END AS owner_id,
                         CASE WHEN h.has_rhythm_days = 1 THEN CAST(h.rhythm_days AS INTEGER) ELSE p.rhythm_days END
                             AS rhythm_days,
                         CASE WHEN h.has_deleted_at = 1 THEN h.deleted_at ELSE p.deleted_at END AS deleted_at,
                         CASE WHEN p.known_since < substr(p.created_at, 1, 10)
                              THEN coalesce((SELECT min(m.moment_date) FROM contact_moment m
                                              WHERE m.partner_id = p.id AND m.moment_date < p.known_since),
                                            p.known_since)
                              ELSE coalesce((SELECT min(m.moment_date) FROM contact_moment m
                                              WHERE m.partner_id = p.id AND m.moment_date < substr(p.created_at, 1, 10)),
                                            substr(p.created_at, 1, 10)) END AS since
                  FROM partner p
                  LEFT JOIN (%1$s) h ON h.record_id = p.id
                ) a
                WHERE a.deleted_at IS NULL AND a.since <= '%2$s'""".formatted(
                firstValues("partner", end, PARTNER_FIELDS), day);
    }

    /**
     * The shared goals that existed on {@code day}, with their title, status and achieved day
     * of then, also those deleted (put in the trash) since: columns id, title, status,
     * achieved_on, since (the day it was made, ISO; for a deleted one the day its insert was
     * recorded, or the history's start). Use as {@code FROM (...) g}.
     */
    static String goals(LocalDate day, String end) {
        String first = firstValues("goal", end, List.of("title", "status", "achieved_on"));
        return """
                SELECT a.* FROM (
                  SELECT g.id, g.title,
                         CASE WHEN h.has_status = 1 THEN h.status ELSE g.status END AS status,
                         CASE WHEN h.has_achieved_on = 1 THEN h.achieved_on ELSE g.achieved_on END AS achieved_on,
                         substr(g.created_at, 1, 10) AS since
                  FROM shared_goal g
                  LEFT JOIN (%1$s) h ON h.record_id = g.id
                  UNION ALL
                  SELECT d.record_id, h.title, h.status, h.achieved_on,
                         coalesce((SELECT substr(min(i.changed_at), 1, 10) FROM history_change i
                                    WHERE i.record_kind = 'goal' AND i.record_id = d.record_id AND i.action = 'insert'),
                                  (SELECT substr(min(s.changed_at), 1, 10) FROM history_change s)) AS since
                  FROM history_change d
                  JOIN (%1$s) h ON h.record_id = d.record_id
                  WHERE d.record_kind = 'goal' AND d.action IN ('update', 'delete') AND d.changed_at >= '%2$s'
                    AND d.action = 'delete'
                    AND d.id = (SELECT min(d2.id) FROM history_change d2
                                 WHERE d2.record_kind = 'goal' AND d2.record_id = d.record_id
                                   AND d2.action IN ('update', 'delete') AND d2.action = 'delete'
                                   AND d2.changed_at >= '%2$s')
                    AND NOT EXISTS (SELECT 1 FROM shared_goal g WHERE g.id = d.record_id)
                    AND NOT EXISTS (SELECT 1 FROM history_change i
                                     WHERE i.record_kind = 'goal' AND i.record_id = d.record_id
                                       AND i.action = 'insert' AND i.changed_at >= '%2$s' AND i.id < d.id)
                ) a
                WHERE a.since <= '%3$s'""".formatted(first, end, day);
    }

    /**
     * The links between goals and partners as they were at {@code end}: a link's first change
     * after it says (a delete: it was there; an insert: not yet), or else whether it is there
     * now. Columns goal_id, partner_id.
     */
    static String goalPartners(String end) {
        return """
                SELECT x.goal_id, x.partner_id FROM (
                  SELECT l.goal_id, l.partner_id FROM shared_goal_partner l
                  UNION
                  SELECT c.record_id, c.partner_id FROM history_change c
                  WHERE c.record_kind = 'goal-partner' AND c.action IN ('update', 'delete') AND c.action = 'delete'
                    AND c.changed_at >= '%1$s'
                ) x
                WHERE coalesce((SELECT c.action FROM history_change c
                                 WHERE c.record_kind = 'goal-partner' AND c.record_id = x.goal_id
                                   AND c.partner_id = x.partner_id AND c.changed_at >= '%1$s'
                                 ORDER BY c.id LIMIT 1), 'delete') = 'delete'""".formatted(end);
    }

    /**
     * The newest moment of partner {@code <partner>} dated up to {@code day} that served goal
     * {@code <goal>} (SQL expressions), counting the links that were deleted after {@code end}.
     */
    static String lastServed(String goal, String partner, LocalDate day, String end) {
        return """
                (SELECT max(s.moment_date) FROM (
                   SELECT m.moment_date FROM contact_moment_goal l
                   JOIN contact_moment m ON m.id = l.moment_id
                   WHERE l.goal_id = %1$s AND m.partner_id = %2$s AND m.moment_date <= '%3$s'
                   UNION ALL
                   SELECT m.moment_date FROM history_change c
                   JOIN history_field f ON f.change_id = c.id AND f.field = 'goal_id'
                   JOIN contact_moment m ON m.id = c.record_id
                   WHERE c.record_kind = 'moment-goal' AND c.action IN ('update', 'delete') AND c.action = 'delete'
                     AND c.changed_at >= '%4$s' AND f.old_value = CAST(%1$s AS TEXT)
                     AND m.partner_id = %2$s AND m.moment_date <= '%3$s') s)""".formatted(goal, partner, day, end);
    }

    /**
     * Per moment whose follow-up's done day changed after {@code end}: that day as it was then
     * ({@code follow_up_done}, null when not marked done). Join as {@code hd ON hd.record_id = m.id}.
     */
    static String followUpDoneValues(String end) {
        return firstValues("contact-moment", end, List.of("follow_up_done"));
    }

    /**
     * The follow-ups due before {@code day} of moments dated up to it that were open on that
     * day. A follow-up counts as done on the day when it is marked done on or before it now
     * (also when that was written down later, as a moment can be logged later), or when it was
     * so at the day's end (and was opened again or moved since). Columns partner_id, id,
     * follow_up, follow_up_due. Two parts, each a small range in an index: those open now
     * ({@code contact_moment_open_follow_up}) and those marked done after the day
     * ({@code contact_moment_done_follow_up}).
     */
    static String openFollowUps(LocalDate day, String end) {
        return """
                SELECT m.partner_id, m.id, m.follow_up, m.follow_up_due
                FROM contact_moment m
                LEFT JOIN (%2$s) hd ON hd.record_id = m.id
                WHERE m.follow_up IS NOT NULL AND m.follow_up_done IS NULL
                  AND m.follow_up_due < '%1$s' AND m.moment_date <= '%1$s'
                  AND (hd.follow_up_done IS NULL OR hd.follow_up_done > '%1$s')
                UNION ALL
                SELECT m.partner_id, m.id, m.follow_up, m.follow_up_due
                FROM contact_moment m
                LEFT JOIN (%2$s) hd ON hd.record_id = m.id
                WHERE m.follow_up IS NOT NULL AND m.follow_up_done IS NOT NULL AND m.follow_up_done > '%1$s'
                  AND m.follow_up_due < '%1$s' AND m.moment_date <= '%1$s'
                  AND (hd.follow_up_done IS NULL OR hd.follow_up_done > '%1$s')""".formatted(day,
                followUpDoneValues(end));
    }

    /**
     * The moments (columns id, partner_id) whose follow-up was marked done on a day from
     * {@code from} to {@code to}: as it is now, or as it was at {@code end} (see
     * {@link #openFollowUps}).
     */
    static String followUpsDoneBetween(LocalDate from, LocalDate to, String end) {
        return """
                SELECT m.id, m.partner_id FROM contact_moment m
                WHERE m.follow_up IS NOT NULL AND m.follow_up_done IS NOT NULL
                  AND m.follow_up_done BETWEEN '%1$s' AND '%2$s'
                UNION
                SELECT m.id, m.partner_id FROM (%3$s) hd
                JOIN contact_moment m ON m.id = hd.record_id
                WHERE m.follow_up IS NOT NULL AND hd.follow_up_done BETWEEN '%1$s' AND '%2$s'""".formatted(from, to,
                followUpDoneValues(end));
    }

    /** The ids of the partners that were in the trash at {@code end} (put there by then, not back since). */
    static String trashedPartnerIds(String end) {
        return """
                SELECT p.id FROM partner p
                LEFT JOIN (%s) h ON h.record_id = p.id
                WHERE CASE WHEN h.has_deleted_at = 1 THEN h.deleted_at ELSE p.deleted_at END IS NOT NULL""".formatted(
                firstValues("partner", end, List.of("deleted_at")));
    }
}
