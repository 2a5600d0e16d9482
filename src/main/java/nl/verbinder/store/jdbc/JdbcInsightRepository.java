package nl.verbinder.store.jdbc;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.Coded;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.GoalStatus;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.insight.CategoryStatusCount;
import nl.verbinder.domain.insight.Quarter;
import nl.verbinder.domain.insight.QuarterFigures;
import nl.verbinder.store.InsightRepository;

/**
 * The charts' and the report's counts in SQLite: one GROUP BY query each. Moments are found by
 * date through {@code contact_moment_date}; a moment's month is the first seven characters of
 * its ISO date. Timestamps ({@code created_at}) are UTC, so "created on" is the UTC day.
 */
public final class JdbcInsightRepository implements InsightRepository {

    private final Database database;
    private final ZoneId zone;

    public JdbcInsightRepository(Database database, ZoneId zone) {
        this.database = database;
        this.zone = zone;
    }

    /**
     * Leaves out moments of partners in the trash at {@code end}; cheaper than joining every
     * moment to its partner.
     */
    private static String notTrashed(String end) {
        return "m.partner_id NOT IN (" + AsOf.trashedPartnerIds(end) + ")";
    }

    @Override
    public List<MomentMonth> momentsPerMonth(LocalDate from, LocalDate to) {
        return Sql.list(database.connection(), """
                SELECT g.month, g.logged_by, t.name, g.kind, g.n, g.offered, g.asked
                FROM (SELECT substr(m.moment_date, 1, 7) AS month, m.logged_by, m.kind, count(*) AS n,
                             count(m.offered) AS offered, count(m.asked) AS asked
                      FROM contact_moment m
                      WHERE m.moment_date BETWEEN ? AND ? AND %s
                      GROUP BY substr(m.moment_date, 1, 7), m.logged_by, m.kind) g
                LEFT JOIN therapist t ON t.id = g.logged_by
                ORDER BY g.month
                """.formatted(notTrashed(AsOf.end(to, zone))), row -> new MomentMonth(YearMonth.parse(row.getString(1)),
                Sql.nullableLong(row, "logged_by"), row.getString(3), Coded.fromCode(ContactKind.class, row.getString(4)),
                row.getInt(5), row.getInt(6), row.getInt(7)), from, to);
    }

    @Override
    public List<CategoryStatusCount> partnersPerCategoryAndStatus(LocalDate asOf) {
        return Sql.list(database.connection(), """
                SELECT p.category, p.status, count(*) FROM (%s) p
                GROUP BY p.category, p.status
                """.formatted(AsOf.partners(asOf, AsOf.end(asOf, zone))),
                row -> new CategoryStatusCount(Coded.fromCode(Category.class, row.getString(1)),
                        Coded.fromCode(PartnerStatus.class, row.getString(2)), row.getInt(3)));
    }

    @Override
    public Map<GoalStatus, Integer> goalsPerStatus(LocalDate asOf) {
        Map<GoalStatus, Integer> counts = new EnumMap<>(GoalStatus.class);
        Sql.list(database.connection(), "SELECT g.status, count(*) FROM (%s) g GROUP BY g.status".formatted(
                AsOf.goals(asOf, AsOf.end(asOf, zone))), row -> {
                    counts.put(Coded.fromCode(GoalStatus.class, row.getString(1)), row.getInt(2));
                    return null;
                });
        return counts;
    }

    @Override
    public QuarterFigures quarterFigures(Quarter quarter, LocalDate until) {
        LocalDate start = quarter.start();
        String end = AsOf.end(until, zone);
        return Sql.one(database.connection(), """
                SELECT
                  (SELECT count(*) FROM (%2$s) p WHERE p.status = 'active'),
                  (SELECT count(*) FROM (%2$s) p WHERE p.since >= ?2),
                  (SELECT count(*) FROM contact_moment m WHERE m.moment_date BETWEEN ?2 AND ?1 AND %1$s),
                  (SELECT count(*) FROM (%3$s) m WHERE %1$s),
                  (SELECT count(*) FROM (%4$s) m WHERE %1$s),
                  (SELECT count(*) FROM (%5$s) g WHERE g.achieved_on BETWEEN ?2 AND ?1)
                """.formatted(notTrashed(end), AsOf.partners(until, end), AsOf.followUpsDoneBetween(start, until, end),
                AsOf.openFollowUps(until, end), AsOf.goals(until, end)),
                row -> new QuarterFigures(quarter, until,
                row.getInt(1), row.getInt(2), row.getInt(3), row.getInt(4), row.getInt(5), row.getInt(6)),
                until, start).orElseThrow();
    }
}
