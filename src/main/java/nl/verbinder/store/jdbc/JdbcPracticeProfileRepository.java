package nl.verbinder.store.jdbc;

import java.time.Instant;
import nl.verbinder.domain.PracticeProfile;
import nl.verbinder.store.PracticeProfileRepository;

/** The practice profile in SQLite: the single row of {@code practice_profile}. */
public final class JdbcPracticeProfileRepository implements PracticeProfileRepository {

    private final Database database;

    public JdbcPracticeProfileRepository(Database database) {
        this.database = database;
    }

    @Override
    public PracticeProfile load() {
        return Sql.one(database.connection(), "SELECT * FROM practice_profile WHERE id = 1",
                row -> new PracticeProfile(row.getString("name"), row.getString("street"), row.getString("postcode"),
                        row.getString("city"), row.getString("specialisations"),
                        row.getString("passions_and_competences"), row.getString("distinctive_strengths"),
                        row.getString("target_groups"), Sql.instant(row, "updated_at"), row.getInt("version")))
                .orElse(PracticeProfile.empty());
    }

    @Override
    public boolean save(PracticeProfile p, Instant now) {
        return Sql.update(database.connection(), """
                UPDATE practice_profile
                SET name = ?, street = ?, postcode = ?, city = ?, specialisations = ?, passions_and_competences = ?,
                    distinctive_strengths = ?, target_groups = ?, updated_at = ?, version = version + 1
                WHERE id = 1 AND version = ?
                """, p.name(), p.street(), p.postcode(), p.city(), p.specialisations(), p.passionsAndCompetences(),
                p.distinctiveStrengths(), p.targetGroups(), now, p.version()) == 1;
    }
}
