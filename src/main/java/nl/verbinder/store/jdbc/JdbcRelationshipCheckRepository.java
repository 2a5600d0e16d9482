package nl.verbinder.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.relationship.RelationshipCheck;
import nl.verbinder.domain.relationship.RelationshipPoint;
import nl.verbinder.domain.relationship.RelationshipQuestion;
import nl.verbinder.store.RelationshipCheckRepository;

/** {@code relationship_check}, one row per partner; both stores. */
public final class JdbcRelationshipCheckRepository implements RelationshipCheckRepository {

    private static final String COLUMNS = "openness, reliability, shared_mission, influence, involvement, contribution";

    private final Database database;

    public JdbcRelationshipCheckRepository(Database database) {
        this.database = database;
    }

    @Override
    public Optional<RelationshipCheck> find(long partnerId) {
        return Sql.one(database.connection(), "SELECT partner_id, " + COLUMNS + ", checked_on FROM relationship_check"
                + " WHERE partner_id = ?", JdbcRelationshipCheckRepository::check, partnerId);
    }

    @Override
    public void save(RelationshipCheck check, Integer trustLevel, Instant now) {
        Map<RelationshipQuestion, Integer> a = check.answers();
        Sql.update(database.connection(), """
                INSERT INTO relationship_check (partner_id, openness, reliability, shared_mission, influence,
                                                involvement, contribution, checked_on, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (partner_id) DO UPDATE SET
                    openness = excluded.openness, reliability = excluded.reliability,
                    shared_mission = excluded.shared_mission, influence = excluded.influence,
                    involvement = excluded.involvement, contribution = excluded.contribution,
                    checked_on = excluded.checked_on, updated_at = excluded.updated_at
                """, check.partnerId(), a.get(RelationshipQuestion.OPENNESS), a.get(RelationshipQuestion.RELIABILITY),
                a.get(RelationshipQuestion.SHARED_MISSION), a.get(RelationshipQuestion.INFLUENCE),
                a.get(RelationshipQuestion.INVOLVEMENT), a.get(RelationshipQuestion.CONTRIBUTION), check.checkedOn(),
                now);
        Integer current = Sql.one(database.connection(), "SELECT trust FROM partner WHERE id = ?",
                row -> Sql.nullableInt(row, "trust"), check.partnerId()).orElse(null);
        if (!Objects.equals(current, trustLevel)) {
            Sql.update(database.connection(),
                    "UPDATE partner SET trust = ?, updated_at = ?, version = version + 1 WHERE id = ?", trustLevel,
                    now, check.partnerId());
        }
    }

    @Override
    public List<RelationshipPoint> chart() {
        return Sql.list(database.connection(), """
                SELECT c.partner_id, c.openness, c.reliability, c.shared_mission, c.influence, c.involvement,
                       c.contribution, c.checked_on, p.name, p.category
                FROM relationship_check c JOIN partner p ON p.id = c.partner_id
                WHERE p.deleted_at IS NULL AND p.status <> 'ended'
                ORDER BY p.name COLLATE NOCASE, p.id
                """, row -> new RelationshipPoint(row.getLong("partner_id"), row.getString("name"),
                Sql.coded(row, "category", Category.class), check(row)));
    }

    private static RelationshipCheck check(ResultSet row) throws SQLException {
        Map<RelationshipQuestion, Integer> answers = new EnumMap<>(RelationshipQuestion.class);
        for (RelationshipQuestion q : RelationshipQuestion.values()) {
            Integer a = Sql.nullableInt(row, q.code().replace('-', '_'));
            if (a != null) {
                answers.put(q, a);
            }
        }
        return new RelationshipCheck(row.getLong("partner_id"), answers, Sql.date(row, "checked_on"));
    }
}
