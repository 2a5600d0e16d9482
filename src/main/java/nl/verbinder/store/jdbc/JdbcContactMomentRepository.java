package nl.verbinder.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.MomentQuery;
import nl.verbinder.domain.MomentView;
import nl.verbinder.store.ContactMomentRepository;

/**
 * Contact moments in SQLite, with their links to therapists, contact persons and shared
 * goals. Lists load the moments in one query and the links of the whole page in three more,
 * never one query per row.
 */
public final class JdbcContactMomentRepository implements ContactMomentRepository {

    private static final int CHUNK = 500;

    /** A link table, the table it points to, and the column that names the row. */
    private record Link(String table, String column, String target, String label) {
    }

    private static final Link THERAPISTS = new Link("contact_moment_therapist", "therapist_id", "therapist", "name");
    private static final Link PERSONS = new Link("contact_moment_person", "contact_person_id", "contact_person", "name");
    private static final Link GOALS = new Link("contact_moment_goal", "goal_id", "shared_goal", "title");
    private static final LinkTable PERSON_LINKS =
            new LinkTable("contact_moment", PERSONS.table(), "moment_id", PERSONS.column());

    private final Database database;

    public JdbcContactMomentRepository(Database database) {
        this.database = database;
    }

    @Override
    public long insert(ContactMoment m, String clientId, Instant now) {
        Connection c = database.connection();
        long id = Sql.insert(c, """
                INSERT INTO contact_moment (partner_id, moment_date, kind, summary, offered, asked, follow_up,
                                            follow_up_due, follow_up_done, logged_by, client_id,
                                            created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                """, m.partnerId(), m.date(), m.kind(), m.summary(), m.offered(), m.asked(), m.followUp(),
                m.followUpDue(), m.followUpDone(), m.loggedBy(), clientId, now, now);
        writeLinks(c, id, m);
        if (m.followUpTheirs()) {
            Sql.update(c, "INSERT INTO follow_up_theirs (moment_id, created_at) VALUES (?, ?)", id, now);
        }
        return id;
    }

    @Override
    public Optional<Long> findByClientId(String clientId) {
        return Sql.list(database.connection(), "SELECT id FROM contact_moment WHERE client_id = ?",
                row -> row.getLong(1), clientId).stream().findFirst();
    }

    @Override
    public boolean update(ContactMoment m, Instant now) {
        Connection c = database.connection();
        int changed = Sql.update(c, """
                UPDATE contact_moment
                SET partner_id = ?, moment_date = ?, kind = ?, summary = ?, offered = ?, asked = ?, follow_up = ?,
                    follow_up_due = ?, follow_up_done = ?, logged_by = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?
                """, m.partnerId(), m.date(), m.kind(), m.summary(), m.offered(), m.asked(), m.followUp(),
                m.followUpDue(), m.followUpDone(), m.loggedBy(), now, m.id(), m.version());
        if (changed == 0) {
            return false;
        }
        for (Link link : List.of(THERAPISTS, PERSONS, GOALS)) {
            Sql.update(c, "DELETE FROM " + link.table() + " WHERE moment_id = ?", m.id());
        }
        writeLinks(c, m.id(), m);
        Sql.update(c, "DELETE FROM follow_up_theirs WHERE moment_id = ?", m.id());
        if (m.followUpTheirs()) {
            Sql.update(c, "INSERT INTO follow_up_theirs (moment_id, created_at) VALUES (?, ?)", m.id(), now);
        }
        return true;
    }

    @Override
    public Optional<ContactMoment> find(long id) {
        List<MomentView> views = withLinks(Sql.list(database.connection(), """
                SELECT m.*, p.name AS partner_name, t.name AS logged_by_name,
                       EXISTS (SELECT 1 FROM follow_up_theirs f WHERE f.moment_id = m.id) AS theirs
                FROM contact_moment m
                JOIN partner p ON p.id = m.partner_id
                LEFT JOIN therapist t ON t.id = m.logged_by
                WHERE m.id = ?
                """, JdbcContactMomentRepository::row, id));
        return views.stream().findFirst().map(MomentView::moment);
    }

    @Override
    public void delete(long id) {
        Sql.update(database.connection(), "DELETE FROM contact_moment WHERE id = ?", id);
    }

    @Override
    public List<MomentView> list(MomentQuery query) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        String sql = """
                SELECT m.*, p.name AS partner_name, t.name AS logged_by_name,
                       EXISTS (SELECT 1 FROM follow_up_theirs f WHERE f.moment_id = m.id) AS theirs
                FROM contact_moment m
                JOIN partner p ON p.id = m.partner_id
                LEFT JOIN therapist t ON t.id = m.logged_by
                WHERE %s
                ORDER BY m.moment_date DESC, m.id DESC
                """.formatted(where);
        if (query.limit() > 0) {
            sql += " LIMIT ?";
            params.add(query.limit());
        }
        return withLinks(Sql.list(database.connection(), sql, JdbcContactMomentRepository::row, params.toArray()));
    }

    @Override
    public int count(MomentQuery query) {
        List<Object> params = new ArrayList<>();
        String sql = """
                SELECT count(*)
                FROM contact_moment m
                JOIN partner p ON p.id = m.partner_id
                WHERE %s
                """.formatted(where(query, params));
        return Sql.integer(database.connection(), sql, params.toArray());
    }

    /** The query's filters as the WHERE of {@code contact_moment m JOIN partner p}; their values go into params. */
    private static String where(MomentQuery query, List<Object> params) {
        Filters filters = new Filters(params).and("p.deleted_at IS NULL");
        filters.andIfGiven("m.moment_date >= ?", query.from());
        filters.andIfGiven("m.moment_date <= ?", query.to());
        filters.andIfGiven("m.partner_id = ?", query.partnerId());
        if (query.therapistId() != null) {
            filters.and("(m.logged_by = ? OR EXISTS (SELECT 1 FROM contact_moment_therapist l "
                    + "WHERE l.moment_id = m.id AND l.therapist_id = ?))", query.therapistId(), query.therapistId());
        }
        filters.andIfGiven("EXISTS (SELECT 1 FROM contact_moment_goal l WHERE l.moment_id = m.id AND l.goal_id = ?)",
                query.goalId());
        filters.andIfGiven("m.kind = ?", query.kind());
        if (query.openFollowUpsOnly()) {
            filters.and("m.follow_up IS NOT NULL AND m.follow_up_done IS NULL");
        }
        return filters.sql();
    }

    @Override
    public boolean markFollowUpDone(long id, int version, LocalDate doneOn, Instant now) {
        return Sql.update(database.connection(), """
                UPDATE contact_moment SET follow_up_done = ?, updated_at = ?, version = version + 1
                WHERE id = ? AND version = ? AND follow_up IS NOT NULL
                """, doneOn, now, id, version) == 1;
    }

    @Override
    public int moveToPartner(long fromPartnerId, long toPartnerId, Instant now) {
        return Sql.update(database.connection(),
                "UPDATE contact_moment SET partner_id = ?, updated_at = ?, version = version + 1 WHERE partner_id = ?",
                toPartnerId, now, fromPartnerId);
    }

    @Override
    public int moveContactPersonLinks(long fromPersonId, long toPersonId, Instant now) {
        return PERSON_LINKS.move(database.connection(), fromPersonId, toPersonId, now);
    }

    @Override
    public Optional<LocalDate> lastContact(long partnerId) {
        return Sql.one(database.connection(),
                "SELECT max(moment_date) AS last FROM contact_moment WHERE partner_id = ?",
                row -> Sql.date(row, "last"), partnerId);
    }

    @Override
    public int countForPartner(long partnerId) {
        return Sql.integer(database.connection(), "SELECT count(*) FROM contact_moment WHERE partner_id = ?", partnerId);
    }

    private static void writeLinks(Connection c, long momentId, ContactMoment m) {
        Sql.batch(c, "INSERT INTO contact_moment_therapist (moment_id, therapist_id) VALUES (?, ?)",
                m.therapistIds().stream().map(id -> new Object[] {momentId, id}).toList());
        Sql.batch(c, "INSERT INTO contact_moment_person (moment_id, contact_person_id) VALUES (?, ?)",
                m.contactPersonIds().stream().map(id -> new Object[] {momentId, id}).toList());
        Sql.batch(c, "INSERT INTO contact_moment_goal (moment_id, goal_id) VALUES (?, ?)",
                m.goalIds().stream().map(id -> new Object[] {momentId, id}).toList());
    }

    /** A moment row before its links are loaded. */
    private record Row(ContactMoment moment, String partnerName, String loggedByName) {
    }

    private static Row row(ResultSet row) throws SQLException {
        ContactMoment moment = ContactMoment.builder()
                .id(row.getLong("id"))
                .partnerId(row.getLong("partner_id"))
                .date(Sql.date(row, "moment_date"))
                .kind(Sql.coded(row, "kind", ContactKind.class))
                .summary(row.getString("summary"))
                .offered(row.getString("offered"))
                .asked(row.getString("asked"))
                .followUp(row.getString("follow_up"))
                .followUpDue(Sql.date(row, "follow_up_due"))
                .followUpDone(Sql.date(row, "follow_up_done"))
                .followUpTheirs(row.getBoolean("theirs"))
                .loggedBy(Sql.nullableLong(row, "logged_by"))
                .createdAt(Sql.instant(row, "created_at"))
                .updatedAt(Sql.instant(row, "updated_at"))
                .version(row.getInt("version"))
                .build();
        return new Row(moment, row.getString("partner_name"), row.getString("logged_by_name"));
    }

    /** Loads the links of all rows in a few queries and builds the views. */
    private List<MomentView> withLinks(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> r.moment().id()).toList();
        Map<Long, Map<Long, String>> therapists = links(THERAPISTS, ids);
        Map<Long, Map<Long, String>> persons = links(PERSONS, ids);
        Map<Long, Map<Long, String>> goals = links(GOALS, ids);
        List<MomentView> views = new ArrayList<>(rows.size());
        for (Row r : rows) {
            long id = r.moment().id();
            Map<Long, String> t = therapists.getOrDefault(id, Map.of());
            Map<Long, String> p = persons.getOrDefault(id, Map.of());
            Map<Long, String> g = goals.getOrDefault(id, Map.of());
            ContactMoment moment = r.moment().toBuilder()
                    .therapistIds(t.keySet())
                    .contactPersonIds(p.keySet())
                    .goalIds(g.keySet())
                    .build();
            views.add(new MomentView(moment, r.partnerName(), r.loggedByName(), List.copyOf(t.values()),
                    List.copyOf(p.values()), List.copyOf(g.values())));
        }
        return views;
    }

    /** For each moment id: the linked ids and their names, in name order. */
    private Map<Long, Map<Long, String>> links(Link link, List<Long> momentIds) {
        Map<Long, Map<Long, String>> result = new HashMap<>();
        for (int start = 0; start < momentIds.size(); start += CHUNK) {
            List<Long> chunk = momentIds.subList(start, Math.min(momentIds.size(), start + CHUNK));
            String sql = "SELECT l.moment_id, x.id, x." + link.label() + " AS label FROM " + link.table() + " l JOIN "
                    + link.target() + " x ON x.id = l." + link.column() + " WHERE l.moment_id IN ("
                    + Sql.placeholders(chunk.size()) + ") ORDER BY x." + link.label() + " COLLATE NOCASE";
            Sql.list(database.connection(), sql, row -> {
                result.computeIfAbsent(row.getLong(1), k -> new LinkedHashMap<>())
                        .put(row.getLong(2), row.getString(3));
                return null;
            }, chunk.toArray());
        }
        return result;
    }
}
