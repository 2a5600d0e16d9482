package nl.verbinder.store.postgres;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import nl.verbinder.domain.Coded;
import nl.verbinder.domain.Mention;
import nl.verbinder.domain.PersonTraces;
import nl.verbinder.domain.PersonalData;
import nl.verbinder.domain.RetentionCandidate;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.store.PersonalDataRepository;
import nl.verbinder.store.jdbc.Sql;

/**
 * A person's data on the practice server: the inzage (moments, imports) and the retention
 * review work as on SQLite. Finding and erasing a person's traces in every text column is not
 * built yet here (on SQLite it reads SQLite's own catalogue and relies on a failed statement
 * undoing only itself); those uses are refused with a message that says so, and nothing changes.
 */
final class PostgresPersonalDataRepository implements PersonalDataRepository {

    private final PostgresDatabase database;

    PostgresPersonalDataRepository(PostgresDatabase database) {
        this.database = database;
    }

    private static VerbinderException notYet() {
        return new VerbinderException("server.personal-data.not-yet");
    }

    @Override
    public List<Mention> findMentions(PersonTraces traces, long personId) {
        throw notYet();
    }

    @Override
    public int redact(PersonTraces traces, long personId, Predicate<Mention> chosen, String replacement) {
        throw notYet();
    }

    @Override
    public int redactHistory(PersonTraces traces, String replacement) {
        throw notYet();
    }

    @Override
    public void markReferencesChanged(long personId) {
        Sql.update(database.connection(), """
                UPDATE contact_moment SET version = version + 1
                WHERE id IN (SELECT moment_id FROM contact_moment_person WHERE contact_person_id = ?)
                """, personId);
    }

    @Override
    public int countOccurrences(String text) {
        throw notYet();
    }

    @Override
    public List<PersonalData.Moment> momentsOf(long personId) {
        return Sql.list(database.connection(), """
                SELECT m.id, m.moment_date, m.kind, p.name, m.summary, m.offered, m.asked, m.follow_up
                FROM contact_moment_person l
                JOIN contact_moment m ON m.id = l.moment_id
                JOIN partner p ON p.id = m.partner_id
                WHERE l.contact_person_id = ?
                ORDER BY m.moment_date DESC, m.id DESC
                """, r -> new PersonalData.Moment(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                r.getString(5), r.getString(6), r.getString(7), r.getString(8)), personId);
    }

    @Override
    public List<PersonalData.Import> importsOf(long personId) {
        return Sql.list(database.connection(), """
                SELECT r.id, r.source, r.file_name, r.imported_at, i.action, i.filled_fields, r.undone_at
                FROM import_record_item i
                JOIN import_record r ON r.id = i.import_id
                WHERE i.entity = 'contact-person' AND i.entity_id = ?
                ORDER BY r.imported_at, r.id
                """, r -> new PersonalData.Import(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                r.getString(5), r.getString(6), r.getString(7)), personId);
    }

    @Override
    public List<Mention> findMentions(PersonTraces traces, String ownTable, long ownId) {
        throw notYet();
    }

    @Override
    public List<PersonalData.Moment> momentsOfTherapist(long therapistId) {
        return Sql.list(database.connection(), """
                SELECT m.id, m.moment_date, m.kind, p.name, m.summary, m.offered, m.asked, m.follow_up
                FROM contact_moment m
                JOIN partner p ON p.id = m.partner_id
                WHERE m.logged_by = ?1
                   OR m.id IN (SELECT moment_id FROM contact_moment_therapist WHERE therapist_id = ?1)
                ORDER BY m.moment_date DESC, m.id DESC
                """, PostgresPersonalDataRepository::moment, therapistId);
    }

    @Override
    public List<PersonalData.Moment> momentsOfPartner(long partnerId) {
        return Sql.list(database.connection(), """
                SELECT m.id, m.moment_date, m.kind, p.name, m.summary, m.offered, m.asked, m.follow_up
                FROM contact_moment m
                JOIN partner p ON p.id = m.partner_id
                WHERE m.partner_id = ?
                ORDER BY m.moment_date DESC, m.id DESC
                """, PostgresPersonalDataRepository::moment, partnerId);
    }

    @Override
    public List<PersonalData.Import> importsOfPartner(long partnerId) {
        return Sql.list(database.connection(), """
                SELECT r.id, r.source, r.file_name, r.imported_at, i.action, i.filled_fields, r.undone_at
                FROM import_record_item i
                JOIN import_record r ON r.id = i.import_id
                WHERE i.entity = 'partner' AND i.entity_id = ?
                ORDER BY r.imported_at, r.id
                """, r -> new PersonalData.Import(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                r.getString(5), r.getString(6), r.getString(7)), partnerId);
    }

    private static PersonalData.Moment moment(java.sql.ResultSet r) throws java.sql.SQLException {
        return new PersonalData.Moment(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                r.getString(6), r.getString(7), r.getString(8));
    }

    @Override
    public List<String> searchedColumns() {
        throw notYet();
    }

    /** As on SQLite (see SqlitePersonalDataRepository); PostgreSQL 15 wants a name for the inner select. */
    @Override
    public List<RetentionCandidate> retentionCandidates(LocalDate cutoff) {
        return Sql.list(database.connection(), """
                SELECT id, name, partner_name, reason, since FROM (
                    SELECT c.id, c.name, p.name AS partner_name,
                           CASE WHEN p.status = 'ended' AND substr(p.updated_at, 1, 10) < ?1
                                THEN 'partner-ended' ELSE 'no-contact' END AS reason,
                           CASE WHEN p.status = 'ended' AND substr(p.updated_at, 1, 10) < ?1
                                THEN substr(p.updated_at, 1, 10)
                                ELSE coalesce((SELECT max(m.moment_date) FROM contact_moment_person l
                                               JOIN contact_moment m ON m.id = l.moment_id
                                               WHERE l.contact_person_id = c.id),
                                              substr(c.created_at, 1, 10)) END AS since
                    FROM contact_person c JOIN partner p ON p.id = c.partner_id) AS candidate
                WHERE reason = 'partner-ended' OR since < ?1
                ORDER BY since, name COLLATE NOCASE, id
                """, r -> new RetentionCandidate(r.getLong(1), r.getString(2), r.getString(3),
                Coded.fromCode(RetentionCandidate.Reason.class, r.getString(4)), LocalDate.parse(r.getString(5))),
                cutoff.toString());
    }
}
