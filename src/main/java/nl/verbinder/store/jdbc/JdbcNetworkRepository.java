package nl.verbinder.store.jdbc;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.Coded;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.insight.MapGoal;
import nl.verbinder.domain.insight.MapPartner;
import nl.verbinder.store.NetworkRepository;

/**
 * The network map's facts in two queries, as they were on the day asked (see {@link AsOf}). Per partner the last contact and the year's count
 * are correlated subqueries that each seek {@code contact_moment_partner_date}
 * (partner_id, moment_date DESC): one seek and a short range scan per partner, as for the
 * attention facts (see docs/performance.md).
 */
public final class JdbcNetworkRepository implements NetworkRepository {

    /** The partners as they were on the day ({@link AsOf}), with their last contact and the year's count up to it. */
    static String partnersSql(LocalDate asOf, String end) {
        return """
            SELECT p.id, p.name, p.category, p.status, p.owner_id, t.name AS owner_name,
                   (SELECT m.moment_date FROM contact_moment m
                     WHERE m.partner_id = p.id AND m.moment_date <= ?1
                     ORDER BY m.moment_date DESC LIMIT 1) AS last_contact,
                   (SELECT count(*) FROM contact_moment m
                     WHERE m.partner_id = p.id AND m.moment_date > ?2 AND m.moment_date <= ?1) AS moments
            FROM (%s) p
            LEFT JOIN therapist t ON t.id = p.owner_id
            """.formatted(AsOf.partners(asOf, end));
    }

    /** The goals not stopped on the day with their partners, as they were then (see {@link AsOf}). */
    static String goalsSql(LocalDate asOf, String end) {
        return """
            SELECT g.id, g.title, gp.partner_id
            FROM (%s) g
            JOIN (%s) gp ON gp.goal_id = g.id
            WHERE g.status <> 'stopped'
            ORDER BY g.id, gp.partner_id
            """.formatted(AsOf.goals(asOf, end), AsOf.goalPartners(end));
    }

    private final Database database;
    private final ZoneId zone;

    public JdbcNetworkRepository(Database database, ZoneId zone) {
        this.database = database;
        this.zone = zone;
    }

    @Override
    public List<MapPartner> partners(LocalDate asOf) {
        return Sql.list(database.connection(), partnersSql(asOf, AsOf.end(asOf, zone)), row -> {
            long owner = row.getLong(5);
            Long ownerId = row.wasNull() ? null : owner;
            return new MapPartner(row.getLong(1), row.getString(2),
                    Coded.fromCode(Category.class, row.getString(3)),
                    Coded.fromCode(PartnerStatus.class, row.getString(4)),
                    ownerId, row.getString(6), Sql.date(row, "last_contact"), row.getInt(8));
        }, asOf.toString(), asOf.minusYears(1).toString());
    }

    @Override
    public List<MapGoal> goals(LocalDate asOf) {
        record Row(long goalId, String title, long partnerId) {
        }
        List<Row> rows = Sql.list(database.connection(), goalsSql(asOf, AsOf.end(asOf, zone)),
                row -> new Row(row.getLong(1), row.getString(2), row.getLong(3)));
        Map<Long, String> titles = new LinkedHashMap<>();
        Map<Long, List<Long>> partners = new LinkedHashMap<>();
        for (Row r : rows) {
            titles.put(r.goalId(), r.title());
            partners.computeIfAbsent(r.goalId(), k -> new ArrayList<>()).add(r.partnerId());
        }
        List<MapGoal> goals = new ArrayList<>();
        titles.forEach((id, title) -> goals.add(new MapGoal(id, title, partners.get(id))));
        return goals;
    }
}
