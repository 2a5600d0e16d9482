package nl.verbinder.store.jdbc;


import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.verbinder.domain.calendar.EventKey;
import nl.verbinder.domain.calendar.PartnerDirectory;
import nl.verbinder.store.CalendarEventRepository;

/** Remembered agenda events in SQLite: {@code calendar_event}. */
public final class JdbcCalendarEventRepository implements CalendarEventRepository {

    private final Database database;

    public JdbcCalendarEventRepository(Database database) {
        this.database = database;
    }

    @Override
    public Set<EventKey> remembered(Collection<EventKey> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        // Few UIDs per file (a recurring event has one UID for all its occurrences): ask by UID.
        Set<String> uids = new HashSet<>();
        keys.forEach(k -> uids.add(k.uid()));
        Set<EventKey> known = new HashSet<>();
        List<String> all = List.copyOf(uids);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            Sql.list(database.connection(), "SELECT uid, recurrence_id FROM calendar_event WHERE uid IN ("
                    + Sql.placeholders(chunk.size()) + ")", row -> {
                        known.add(new EventKey(row.getString("uid"), row.getString("recurrence_id")));
                        return null;
                    }, chunk.toArray());
        }
        known.retainAll(new HashSet<>(keys));
        return known;
    }

    @Override
    public void remember(EventKey key, Decision decision, Long partnerId, Long momentId, Long importId, Instant now) {
        Sql.update(database.connection(), """
                INSERT INTO calendar_event (uid, recurrence_id, decision, partner_id, contact_moment_id, import_id,
                                            decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (uid, recurrence_id) DO UPDATE SET
                    decision = excluded.decision, partner_id = excluded.partner_id,
                    contact_moment_id = excluded.contact_moment_id, import_id = excluded.import_id,
                    decided_at = excluded.decided_at
                """, key.uid(), key.recurrenceId(), decision.code(), partnerId, momentId, importId, now);
    }

    @Override
    public int forgetImport(long importId) {
        return Sql.update(database.connection(), "DELETE FROM calendar_event WHERE import_id = ?", importId);
    }

    @Override
    public PartnerDirectory directory() {
        Map<Long, List<PartnerDirectory.Person>> persons = new HashMap<>();
        Sql.list(database.connection(), """
                SELECT c.id, c.partner_id, c.name, c.email
                FROM contact_person c JOIN partner p ON p.id = c.partner_id
                WHERE p.deleted_at IS NULL
                """, row -> {
                    persons.computeIfAbsent(row.getLong("partner_id"), k -> new ArrayList<>())
                            .add(new PartnerDirectory.Person(row.getLong("id"), row.getString("name"),
                                    row.getString("email")));
                    return null;
                });
        return new PartnerDirectory(Sql.list(database.connection(), """
                SELECT id, name, website, email FROM partner WHERE deleted_at IS NULL ORDER BY id
                """, row -> new PartnerDirectory.Entry(row.getLong("id"), row.getString("name"),
                row.getString("website"), row.getString("email"), persons.getOrDefault(row.getLong("id"), List.of()))));
    }
}
