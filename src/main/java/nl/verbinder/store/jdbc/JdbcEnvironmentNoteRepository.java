package nl.verbinder.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.verbinder.domain.Coded;
import nl.verbinder.domain.EnvironmentFactor;
import nl.verbinder.domain.EnvironmentNote;
import nl.verbinder.domain.SourceKind;
import nl.verbinder.store.EnvironmentNoteRepository;

/** Environment-analysis notes in SQLite, with their partner links. */
public final class JdbcEnvironmentNoteRepository implements EnvironmentNoteRepository {

    private static final LinkTable PARTNERS =
            new LinkTable("environment_note", "environment_note_partner", "note_id", "partner_id");

    private final Database database;

    public JdbcEnvironmentNoteRepository(Database database) {
        this.database = database;
    }

    @Override
    public long insert(EnvironmentNote n, Instant now) {
        Connection c = database.connection();
        long id = Sql.insert(c, """
                INSERT INTO environment_note (factor, area, title, body, source_kind, source_url, observed_on,
                                              created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                """, n.factor(), n.area(), n.title(), n.body(), n.sourceKind(), n.sourceUrl(), n.observedOn(), now, now);
        PARTNERS.insert(c, id, n.partnerIds());
        return id;
    }

    @Override
    public boolean update(EnvironmentNote n, Instant now) {
        Connection c = database.connection();
        int changed = Sql.update(c, """
                UPDATE environment_note
                SET factor = ?, area = ?, title = ?, body = ?, source_kind = ?, source_url = ?, observed_on = ?,
                    updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?
                """, n.factor(), n.area(), n.title(), n.body(), n.sourceKind(), n.sourceUrl(), n.observedOn(), now,
                n.id(), n.version());
        if (changed == 0) {
            return false;
        }
        PARTNERS.replace(c, n.id(), n.partnerIds());
        return true;
    }

    @Override
    public Optional<EnvironmentNote> find(long id) {
        return withPartners(Sql.list(database.connection(), "SELECT * FROM environment_note WHERE id = ?",
                JdbcEnvironmentNoteRepository::note, id)).stream().findFirst();
    }

    @Override
    public List<EnvironmentNote> all() {
        return withPartners(Sql.list(database.connection(),
                "SELECT * FROM environment_note ORDER BY factor, observed_on DESC NULLS LAST, title COLLATE NOCASE",
                JdbcEnvironmentNoteRepository::note));
    }

    @Override
    public int moveLinks(long fromPartnerId, long toPartnerId, Instant now) {
        return PARTNERS.move(database.connection(), fromPartnerId, toPartnerId, now);
    }

    @Override
    public void delete(long id) {
        Sql.update(database.connection(), "DELETE FROM environment_note WHERE id = ?", id);
    }

    @Override
    public Map<EnvironmentFactor, Integer> countByFactor() {
        Map<EnvironmentFactor, Integer> counts = new EnumMap<>(EnvironmentFactor.class);
        Sql.list(database.connection(), "SELECT factor, count(*) FROM environment_note GROUP BY factor", row -> {
            counts.put(Coded.fromCode(EnvironmentFactor.class, row.getString(1)), row.getInt(2));
            return null;
        });
        return counts;
    }

    private List<EnvironmentNote> withPartners(List<EnvironmentNote> notes) {
        if (notes.isEmpty()) {
            return notes;
        }
        Map<Long, Set<Long>> partners = PARTNERS.linked(database.connection(),
                notes.stream().map(EnvironmentNote::id).toList());
        return notes.stream().map(n -> new EnvironmentNote(n.id(), n.factor(), n.area(), n.title(), n.body(),
                n.sourceKind(), n.sourceUrl(), n.observedOn(), partners.getOrDefault(n.id(), Set.of()), n.createdAt(),
                n.updatedAt(), n.version())).toList();
    }

    private static EnvironmentNote note(ResultSet row) throws SQLException {
        return new EnvironmentNote(row.getLong("id"), Sql.coded(row, "factor", EnvironmentFactor.class),
                row.getString("area"), row.getString("title"), row.getString("body"),
                Sql.coded(row, "source_kind", SourceKind.class), row.getString("source_url"),
                Sql.date(row, "observed_on"), Set.of(), Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"),
                row.getInt("version"));
    }
}
