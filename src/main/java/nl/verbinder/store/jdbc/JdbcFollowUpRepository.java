package nl.verbinder.store.jdbc;


import java.time.LocalDate;
import java.util.List;
import nl.verbinder.domain.week.MyFollowUp;
import nl.verbinder.store.FollowUpRepository;

/** Open follow-ups in SQLite, through the partial index {@code contact_moment_open_follow_up}. */
public final class JdbcFollowUpRepository implements FollowUpRepository {

    private final Database database;

    public JdbcFollowUpRepository(Database database) {
        this.database = database;
    }

    @Override
    public List<MyFollowUp> openFor(long therapistId, LocalDate dueBy) {
        return Sql.list(database.connection(), """
                SELECT m.id, m.version, m.partner_id, p.name AS partner_name, m.moment_date, m.summary,
                       m.follow_up, m.follow_up_due
                FROM contact_moment m JOIN partner p ON p.id = m.partner_id
                WHERE m.follow_up IS NOT NULL AND m.follow_up_done IS NULL
                  AND m.follow_up_due IS NOT NULL AND m.follow_up_due <= ?1
                  AND p.deleted_at IS NULL
                  AND (m.logged_by = ?2 OR p.owner_id = ?2)
                ORDER BY m.follow_up_due, p.name, m.id
                """, row -> new MyFollowUp(row.getLong("id"), row.getInt("version"), row.getLong("partner_id"),
                row.getString("partner_name"), Sql.date(row, "moment_date"), row.getString("summary"),
                row.getString("follow_up"), Sql.date(row, "follow_up_due")), dueBy, therapistId);
    }
}
