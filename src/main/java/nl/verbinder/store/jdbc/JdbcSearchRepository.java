package nl.verbinder.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.verbinder.domain.Texts;
import nl.verbinder.domain.search.SearchHit;
import nl.verbinder.domain.search.SearchKind;
import nl.verbinder.store.SearchRepository;

/**
 * "Search everything" with one query per kind of record: each word must occur in the record's
 * text, both folded by {@code fold()} (lower case without accents: "cafe" finds "Café", "ruhr"
 * finds "Rühr"; SQLite registers it, PostgreSQL's schema defines it), the same SQL on both. A
 * practice has thousands of records, not millions: a scan is fast enough and finds parts of
 * words ("verlos" finds "Verloskundigen") and the text of moments the name index does not hold.
 */
public final class JdbcSearchRepository implements SearchRepository {

    private final Database database;

    public JdbcSearchRepository(Database database) {
        this.database = database;
    }

    /** Per kind: the columns it returns and the text it is searched in. */
    private record Query(String select, String text, String order) {

        /** The record's own id column: the first column selected. */
        String idColumn() {
            return select.strip().substring("SELECT ".length()).split(",")[0].strip();
        }
    }

    private static Query query(SearchKind kind) {
        return switch (kind) {
            case PARTNER -> new Query("""
                    SELECT p.id, p.id AS partner_id, p.name AS title, NULL AS moment_date, %s AS text
                    FROM partner p
                    WHERE p.deleted_at IS NULL""",
                    "p.name || ' ' || coalesce(p.city, '') || ' ' || coalesce(p.notes, '')", "p.name, p.id");
            case CONTACT_PERSON -> new Query("""
                    SELECT c.id, c.partner_id, c.name AS title, NULL AS moment_date, %s AS text
                    FROM contact_person c JOIN partner p ON p.id = c.partner_id
                    WHERE p.deleted_at IS NULL""",
                    "c.name || ' ' || coalesce(c.role, '') || ' · ' || p.name || ' ' || coalesce(c.notes, '')",
                    "c.name, c.id");
            case MOMENT -> new Query("""
                    SELECT m.id, m.partner_id, p.name AS title, m.moment_date, %s AS text
                    FROM contact_moment m JOIN partner p ON p.id = m.partner_id
                    WHERE p.deleted_at IS NULL""",
                    "m.summary || ' ' || coalesce(m.offered, '') || ' ' || coalesce(m.asked, '') || ' '"
                            + " || coalesce(m.follow_up, '')",
                    "m.moment_date DESC, m.id DESC");
            case GOAL -> new Query("""
                    SELECT g.id, NULL AS partner_id, g.title, NULL AS moment_date, %s AS text
                    FROM shared_goal g
                    WHERE 1 = 1""",
                    "g.title || ' ' || coalesce(g.what_is_going_on, '') || ' ' || coalesce(g.what_matters_for_patient, '')"
                            + " || ' ' || coalesce(g.possibilities, '') || ' ' || coalesce(g.what_we_go_for, '')",
                    "g.title, g.id");
            case NOTE -> new Query("""
                    SELECT n.id, NULL AS partner_id, n.title, NULL AS moment_date, %s AS text
                    FROM environment_note n
                    WHERE 1 = 1""",
                    "n.title || ' ' || coalesce(n.area, '') || ' ' || coalesce(n.body, '')", "n.title, n.id");
        };
    }

    @Override
    public List<SearchHit> find(SearchKind kind, List<String> words, int limit) {
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        Query query = query(kind);
        StringBuilder sql = new StringBuilder(query.select().formatted(query.text()));
        List<Object> params = new ArrayList<>();
        for (String word : words) {
            sql.append("\n  AND instr(fold(").append(query.text()).append("), ?) > 0");
            params.add(Texts.fold(word));
        }
        sql.append("\nORDER BY ").append(query.order()).append("\nLIMIT ").append(limit);
        return Sql.list(database.connection(), sql.toString(), row -> hit(kind, row), params.toArray());
    }

    @Override
    public List<SearchHit> byIds(SearchKind kind, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Query query = query(kind);
        String sql = query.select().formatted(query.text()) + "\n  AND " + query.idColumn() + " IN ("
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        List<SearchHit> found = Sql.list(database.connection(), sql, row -> hit(kind, row), ids.toArray());
        return ids.stream().flatMap(id -> found.stream().filter(h -> h.id() == id)).toList();
    }

    private static SearchHit hit(SearchKind kind, ResultSet row) throws SQLException {
        long partner = row.getLong("partner_id");
        Long partnerId = row.wasNull() ? null : partner;
        return new SearchHit(kind, row.getLong("id"), partnerId, row.getString("title"), row.getString("text"),
                Sql.date(row, "moment_date"));
    }
}
