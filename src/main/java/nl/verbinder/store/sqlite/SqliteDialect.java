package nl.verbinder.store.sqlite;

import java.sql.Connection;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import nl.verbinder.store.jdbc.Dialect;

/** SQLite's own statements: search through FTS5, many ids as one JSON array. */
final class SqliteDialect implements Dialect {

    static final SqliteDialect INSTANCE = new SqliteDialect();

    private SqliteDialect() {
    }

    @Override
    public String partnerSearch(String search, List<Object> params) {
        String match = FtsQuery.of(search);
        if (match == null) {
            return null;
        }
        params.add(match);
        return "p.id IN (SELECT rowid FROM partner_search WHERE partner_search MATCH ?)";
    }

    @Override
    public String idIn(String column, Collection<Long> ids, List<Object> params) {
        // One parameter however many ids: a JSON array, read by json_each.
        params.add(ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(",", "[", "]")));
        return column + " IN (SELECT value FROM json_each(?))";
    }

    /** SQLite takes the next id after the highest by itself. */
    @Override
    public void afterExplicitIds(Connection c) {
    }
}
