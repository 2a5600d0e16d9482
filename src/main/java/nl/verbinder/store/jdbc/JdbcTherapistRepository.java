package nl.verbinder.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.verbinder.domain.Therapist;
import nl.verbinder.domain.TherapistRole;
import nl.verbinder.store.TherapistRepository;

/** Therapists in SQLite. */
public final class JdbcTherapistRepository implements TherapistRepository {

    private final Database database;

    public JdbcTherapistRepository(Database database) {
        this.database = database;
    }

    @Override
    public List<Therapist> all() {
        return Sql.list(database.connection(),
                "SELECT * FROM therapist ORDER BY active DESC, name COLLATE NOCASE", JdbcTherapistRepository::therapist);
    }

    @Override
    public Optional<Therapist> find(long id) {
        return Sql.one(database.connection(), "SELECT * FROM therapist WHERE id = ?",
                JdbcTherapistRepository::therapist, id);
    }

    @Override
    public Optional<Therapist> findByName(String name) {
        return Sql.one(database.connection(), "SELECT * FROM therapist WHERE name = ? COLLATE NOCASE",
                JdbcTherapistRepository::therapist, name == null ? null : name.strip());
    }

    @Override
    public long insert(Therapist t, Instant now) {
        return Sql.insert(database.connection(), """
                INSERT INTO therapist (name, role, active, competences, created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, 0)
                """, t.name(), t.role(), t.active(), t.competences(), now, now);
    }

    @Override
    public boolean update(Therapist t, Instant now) {
        return Sql.update(database.connection(), """
                UPDATE therapist SET name = ?, role = ?, active = ?, competences = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?
                """, t.name(), t.role(), t.active(), t.competences(), now, t.id(), t.version()) == 1;
    }

    @Override
    public int count() {
        return Sql.integer(database.connection(), "SELECT count(*) FROM therapist");
    }

    private static Therapist therapist(ResultSet row) throws SQLException {
        return new Therapist(row.getLong("id"), row.getString("name"), Sql.coded(row, "role", TherapistRole.class),
                row.getInt("active") == 1, row.getString("competences"), Sql.instant(row, "created_at"),
                Sql.instant(row, "updated_at"), row.getInt("version"));
    }
}
