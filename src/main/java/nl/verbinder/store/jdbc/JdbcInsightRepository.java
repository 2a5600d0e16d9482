package nl.verbinder.store.jdbc;

import java.time.LocalDate;
import java.time.YearMonth;
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

    /** Leaves out moments of partners in the trash; cheaper than joining every moment to its partner. */
    private static final String NOT_TRASHED = "m.partner_id NOT IN (SELECT id FROM partner WHERE deleted_at IS NOT NULL)";

    private final Database database;

    public JdbcInsightRepository(Database database) {
        this.database = database;
    }

    @Override
    public List<MomentMonth> momentsPerMonth(LocalDate from, LocalDate to) {
        return Sql.list(database.connection(), """
                SELECT g.month, g.logged_by, t.name, g.kind, g.n, g.offered, g.asked
                FROM (SELECT substr(m.moment_date, 1, 7) AS month, m.logged_by, m.kind, count(*) AS n,
                             count(m.offered) AS offered, count(m.asked) AS asked
                      FROM contact_moment m
                      WHERE m.moment_date BETWEEN ? AND ? AND %s
                      GROUP BY month, m.logged_by, m.kind) g
                LEFT JOIN therapist t ON t.id = g.logged_by
                ORDER BY g.month
                """.formatted(NOT_TRASHED), row -> new MomentMonth(YearMonth.parse(row.getString(1)),
                Sql.nullableLong(row, "logged_by"), row.getString(3), Coded.fromCode(ContactKind.class, row.getString(4)),
                row.getInt(5), row.getInt(6), row.getInt(7)), from, to);
    }

    @Override
    public List<CategoryStatusCount> partnersPerCategoryAndStatus() {
        return Sql.list(database.connection(), """
                SELECT category, status, count(*) FROM partner
                WHERE deleted_at IS NULL
                GROUP BY category, status
                """, row -> new CategoryStatusCount(Coded.fromCode(Category.class, row.getString(1)),
                Coded.fromCode(PartnerStatus.class, row.getString(2)), row.getInt(3)));
    }

    @Override
    public Map<GoalStatus, Integer> goalsPerStatus() {
        Map<GoalStatus, Integer> counts = new EnumMap<>(GoalStatus.class);
        Sql.list(database.connection(), "SELECT status, count(*) FROM shared_goal GROUP BY status", row -> {
            counts.put(Coded.fromCode(GoalStatus.class, row.getString(1)), row.getInt(2));
            return null;
        });
        return counts;
    }

    @Override
    public QuarterFigures quarterFigures(Quarter quarter, LocalDate until) {
        LocalDate start = quarter.start();
        return Sql.one(database.connection(), """
                SELECT
                  (SELECT count(*) FROM partner
                   WHERE deleted_at IS NULL AND status = 'active' AND substr(created_at, 1, 10) <= ?1),
                  (SELECT count(*) FROM partner
                   WHERE deleted_at IS NULL AND substr(created_at, 1, 10) BETWEEN ?2 AND ?1),
                  (SELECT count(*) FROM contact_moment m WHERE m.moment_date BETWEEN ?2 AND ?1 AND %1$s),
                  (SELECT count(*) FROM contact_moment m WHERE m.follow_up_done BETWEEN ?2 AND ?1 AND %1$s),
                  (SELECT count(*) FROM contact_moment m
                   WHERE m.follow_up IS NOT NULL AND m.follow_up_due < ?1
                     AND (m.follow_up_done IS NULL OR m.follow_up_done > ?1) AND %1$s),
                  (SELECT count(*) FROM shared_goal WHERE achieved_on BETWEEN ?2 AND ?1)
                """.formatted(NOT_TRASHED), row -> new QuarterFigures(quarter, until,
                row.getInt(1), row.getInt(2), row.getInt(3), row.getInt(4), row.getInt(5), row.getInt(6)),
                until, start).orElseThrow();
    }
}
