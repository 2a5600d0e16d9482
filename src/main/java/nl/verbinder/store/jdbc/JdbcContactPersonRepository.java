package nl.verbinder.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.store.ContactPersonRepository;

/** Contact persons in SQLite. */
public final class JdbcContactPersonRepository implements ContactPersonRepository {

    private final Database database;

    public JdbcContactPersonRepository(Database database) {
        this.database = database;
    }

    @Override
    public long insert(ContactPerson p, Instant now) {
        return Sql.insert(database.connection(), """
                INSERT INTO contact_person (partner_id, name, role, email, phone, linkedin_url, notes,
                                            created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                """, p.partnerId(), p.name(), p.role(), p.email(), p.phone(), p.linkedinUrl(), p.notes(), now, now);
    }

    @Override
    public boolean update(ContactPerson p, Instant now) {
        return Sql.update(database.connection(), """
                UPDATE contact_person
                SET partner_id = ?, name = ?, role = ?, email = ?, phone = ?, linkedin_url = ?, notes = ?,
                    updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?
                """, p.partnerId(), p.name(), p.role(), p.email(), p.phone(), p.linkedinUrl(), p.notes(), now, p.id(),
                p.version()) == 1;
    }

    @Override
    public Optional<ContactPerson> find(long id) {
        return Sql.one(database.connection(), "SELECT * FROM contact_person WHERE id = ?",
                JdbcContactPersonRepository::person, id);
    }

    @Override
    public List<ContactPerson> forPartner(long partnerId) {
        return Sql.list(database.connection(),
                "SELECT * FROM contact_person WHERE partner_id = ? ORDER BY name COLLATE NOCASE, id",
                JdbcContactPersonRepository::person, partnerId);
    }

    @Override
    public List<ContactPerson> all() {
        return Sql.list(database.connection(), """
                SELECT c.* FROM contact_person c JOIN partner p ON p.id = c.partner_id
                WHERE p.deleted_at IS NULL
                ORDER BY c.partner_id, c.name COLLATE NOCASE, c.id
                """, JdbcContactPersonRepository::person);
    }

    @Override
    public void delete(long id) {
        Sql.update(database.connection(), "DELETE FROM contact_person WHERE id = ?", id);
    }

    @Override
    public int moveToPartner(long fromPartnerId, long toPartnerId, Instant now) {
        return Sql.update(database.connection(),
                "UPDATE contact_person SET partner_id = ?, updated_at = ?, version = version + 1 WHERE partner_id = ?",
                toPartnerId, now, fromPartnerId);
    }

    static ContactPerson person(ResultSet row) throws SQLException {
        return new ContactPerson(row.getLong("id"), row.getLong("partner_id"), row.getString("name"),
                row.getString("role"), row.getString("email"), row.getString("phone"), row.getString("linkedin_url"),
                row.getString("notes"), Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"),
                row.getInt("version"));
    }
}
