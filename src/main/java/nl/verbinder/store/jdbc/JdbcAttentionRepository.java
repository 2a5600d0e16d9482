package nl.verbinder.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.Coded;
import nl.verbinder.domain.EnvironmentFactor;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.attention.FactWindow;
import nl.verbinder.domain.attention.PartnerFacts.GiveAsk;
import nl.verbinder.domain.attention.PartnerFacts.GoalProgress;
import nl.verbinder.domain.attention.PartnerFacts.OpenFollowUp;
import nl.verbinder.domain.attention.PartnerFacts;
import nl.verbinder.domain.attention.ReasonCode;
import nl.verbinder.domain.attention.Snooze;
import nl.verbinder.store.AttentionRepository;

/**
 * The attention facts in three set-based queries: one row per partner (its last contact,
 * the counts in the two windows and its last offers and requests come from correlated
 * subqueries that each seek an index, see docs/performance.md), the overdue open follow-ups,
 * and the agreed and active goals with the last moment that served them. The window's dates
 * are written into the SQL as literals (they come from {@link LocalDate}, never from user
 * text), so the very same text runs in the sqlite3 shell for the benchmark.
 */
public final class JdbcAttentionRepository implements AttentionRepository {

    private static final SnoozeTable SNOOZES = new SnoozeTable("attention_snooze", "partner_id");

    private final Database database;
    private final ZoneId zone;

    public JdbcAttentionRepository(Database database, ZoneId zone) {
        this.database = database;
        this.zone = zone;
    }

    /** The end of the window's day in the practice's time zone, as stored text: see {@link AsOf}. */
    private String end(FactWindow w) {
        return AsOf.end(w.today(), zone);
    }

    /**
     * One row per partner that can appear (ended partners never do). Each correlated subquery
     * is one seek and a short range scan in an index: the last contact and the two windows'
     * counts in {@code contact_moment_partner_date}, the offers-and-requests flags in the
     * partial index {@code contact_moment_give_ask}; the counts and flags only for prospects
     * and active partners, the only ones DECLINING and ONLY_ASKING look at. (One range scan for
     * both windows with max/count/sum turned out slower than three seeks.)
     *
     * <p>The short values come as one space-separated column {@code facts} (codes, numbers and
     * dates never contain a space; {@code -} for none): reading a column through JDBC costs a
     * native call, and ten columns fewer on 10,000 rows saved a fifth of the list's time (see
     * docs/performance.md). Names, which may contain anything, have columns of their own.
     */
    static String partnersSql(FactWindow w, String end) {
        return partnersSql(w, end, "group_concat(g.give_ask, '')");
    }

    /** As {@link #partnersSql(FactWindow, String)}, with the store's own aggregate for the flags. */
    private String partnersSqlHere(FactWindow w, String end) {
        return partnersSql(w, end, database.dialect().joined("g.give_ask", "''"));
    }

    private static String partnersSql(FactWindow w, String end, String joinedFlags) {
        return """
                SELECT p.id, p.name, t.name AS owner_name,
                       p.category || ' ' || p.status || ' ' || coalesce(CAST(p.trust AS TEXT), '-') || ' '
                       || coalesce(CAST(p.rhythm_days AS TEXT), '-') || ' ' || coalesce(CAST(p.owner_id AS TEXT), '-') || ' '
                       || p.since || ' '
                       || coalesce((SELECT m.moment_date FROM contact_moment m
                                     WHERE m.partner_id = p.id AND m.moment_date <= '%1$s'
                                     ORDER BY m.moment_date DESC LIMIT 1), '-') || ' '
                       || CASE WHEN p.status IN ('prospect', 'active') THEN
                              (SELECT count(*) FROM contact_moment m
                                WHERE m.partner_id = p.id AND m.moment_date > '%2$s' AND m.moment_date <= '%1$s')
                              || ' ' ||
                              (SELECT count(*) FROM contact_moment m
                                WHERE m.partner_id = p.id AND m.moment_date > '%3$s' AND m.moment_date <= '%2$s')
                              || ' ' ||
                              coalesce((SELECT %6$s
                                          FROM (SELECT m.give_ask FROM contact_moment m
                                                 WHERE m.partner_id = p.id AND m.moment_date <= '%1$s'
                                                   AND m.give_ask > 0
                                                 ORDER BY m.moment_date DESC, m.id DESC LIMIT %4$d) g), '-')
                          ELSE '0 0 -' END AS facts
                FROM (%5$s) p
                LEFT JOIN therapist t ON t.id = p.owner_id
                WHERE p.status <> 'ended'
                """.formatted(w.today(), w.recentFrom(), w.earlierFrom(), w.giveAskMoments(), AsOf.partners(w.today(), end),
                        joinedFlags);
    }

    /**
     * Follow-ups due before today and still open on that day: not marked done, or marked done
     * on a later day, as the history says it was at the day's end (see {@link AsOf#openFollowUps}).
     */
    static String followUpsSql(FactWindow w, String end) {
        return """
                SELECT u.partner_id, u.id, u.follow_up, u.follow_up_due FROM (%s) u
                WHERE 1 = 1
                """.formatted(AsOf.openFollowUps(w.today(), end));
    }

    /**
     * The goals agreed or active on the day (their status and links of then, also those in the
     * trash since), with the last moment up to the day that served them.
     */
    static String goalsSql(FactWindow w, String end) {
        return """
                SELECT gp.partner_id, g.id, g.title, g.since, %3$s AS last_served
                FROM (%1$s) g
                JOIN (%2$s) gp ON gp.goal_id = g.id
                WHERE g.status IN ('agreed', 'active')
                """.formatted(AsOf.goals(w.today(), end), AsOf.goalPartners(end),
                AsOf.lastServed("g.id", "gp.partner_id", w.today(), end));
    }

    @Override
    public List<PartnerFacts> partnerFacts(FactWindow window) {
        Connection c = database.connection();
        Map<Long, List<OpenFollowUp>> followUps = new HashMap<>();
        Sql.list(c, followUpsSql(window, end(window)), row -> followUps.computeIfAbsent(row.getLong(1), k -> new ArrayList<>())
                .add(new OpenFollowUp(row.getLong(2), row.getString(3), Sql.date(row, "follow_up_due"))));
        Map<Long, List<GoalProgress>> goals = new HashMap<>();
        Sql.list(c, goalsSql(window, end(window)), row -> goals.computeIfAbsent(row.getLong(1), k -> new ArrayList<>())
                .add(new GoalProgress(row.getLong(2), row.getString(3), Sql.date(row, "since"),
                        Sql.date(row, "last_served"))));
        return Sql.list(c, partnersSqlHere(window, end(window)), row -> facts(row, followUps, goals));
    }

    @Override
    public Optional<PartnerFacts> partnerFacts(FactWindow window, long partnerId) {
        Connection c = database.connection();
        Map<Long, List<OpenFollowUp>> followUps = new HashMap<>();
        Sql.list(c, followUpsSql(window, end(window)) + "  AND u.partner_id = ?", row -> followUps.computeIfAbsent(row.getLong(1),
                k -> new ArrayList<>()).add(new OpenFollowUp(row.getLong(2), row.getString(3),
                Sql.date(row, "follow_up_due"))), partnerId);
        Map<Long, List<GoalProgress>> goals = new HashMap<>();
        Sql.list(c, goalsSql(window, end(window)) + "  AND gp.partner_id = ?", row -> goals.computeIfAbsent(row.getLong(1),
                k -> new ArrayList<>()).add(new GoalProgress(row.getLong(2), row.getString(3), Sql.date(row, "since"),
                Sql.date(row, "last_served"))), partnerId);
        return Sql.one(c, partnersSqlHere(window, end(window)) + "  AND p.id = ?", row -> facts(row, followUps, goals), partnerId);
    }

    /** Reads a row of {@link #partnersSql}: id, name, owner name, and the packed facts. */
    private static PartnerFacts facts(ResultSet row, Map<Long, List<OpenFollowUp>> followUps,
                                      Map<Long, List<GoalProgress>> goals) throws SQLException {
        long id = row.getLong(1);
        String[] f = row.getString(4).split(" ");
        return new PartnerFacts(
                id,
                row.getString(2),
                Coded.fromCode(Category.class, f[0]),
                Coded.fromCode(PartnerStatus.class, f[1]),
                f[2].equals("-") ? null : Integer.valueOf(f[2]),
                f[3].equals("-") ? null : Integer.valueOf(f[3]),
                f[4].equals("-") ? null : Long.valueOf(f[4]),
                row.getString(3),
                Sql.date(f[5]),
                f[6].equals("-") ? null : Sql.date(f[6]),
                Integer.parseInt(f[7]),
                Integer.parseInt(f[8]),
                giveAsk(f[9].equals("-") ? null : f[9]),
                followUps.getOrDefault(id, List.of()),
                goals.getOrDefault(id, List.of()));
    }

    private static List<GiveAsk> giveAsk(String flags) {
        if (flags == null || flags.isEmpty()) {
            return List.of();
        }
        List<GiveAsk> list = new ArrayList<>(flags.length());
        for (char flag : flags.toCharArray()) {
            int bits = flag - '0';
            list.add(new GiveAsk((bits & 1) != 0, (bits & 2) != 0));
        }
        return list;
    }

    @Override
    public Map<EnvironmentFactor, Integer> notesPerFactor() {
        Map<EnvironmentFactor, Integer> notes = new EnumMap<>(EnvironmentFactor.class);
        Sql.list(database.connection(), "SELECT factor, count(*) FROM environment_note GROUP BY factor",
                row -> notes.put(Coded.fromCode(EnvironmentFactor.class, row.getString(1)), row.getInt(2)));
        return notes;
    }

    @Override
    public Map<Long, Snooze> snoozes() {
        Map<Long, Snooze> snoozes = new LinkedHashMap<>();
        Sql.list(database.connection(), """
                SELECT s.partner_id, s.until, s.note, s.reason_codes, s.snoozed_on
                FROM attention_snooze s JOIN partner p ON p.id = s.partner_id
                WHERE p.deleted_at IS NULL ORDER BY s.partner_id
                """, row -> snoozes.put(row.getLong(1), new Snooze(row.getLong(1), Sql.date(row, "until"),
                row.getString(3), SnoozeTable.reasons(row.getString(4), ReasonCode.class), Sql.date(row, "snoozed_on"))));
        return snoozes;
    }

    @Override
    public void saveSnooze(Snooze snooze, Instant now) {
        SNOOZES.save(database.connection(), snooze.partnerId(), snooze.until(), snooze.note(), snooze.reasons(),
                snooze.snoozedOn(), now);
    }

    @Override
    public boolean deleteSnooze(long partnerId) {
        return SNOOZES.delete(database.connection(), partnerId);
    }

    public String partnerFactsScript(FactWindow window) {
        return String.join(";\n", followUpsSql(window, end(window)).strip(), goalsSql(window, end(window)).strip(), partnersSql(window, end(window)).strip())
                + ";\n";
    }
}
