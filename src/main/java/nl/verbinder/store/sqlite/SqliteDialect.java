package nl.verbinder.store.sqlite;

import java.sql.Connection;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import nl.verbinder.store.jdbc.Dialect;
import nl.verbinder.store.jdbc.Sql;

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

    @Override
    public List<String> tables(Connection c) {
        return Sql.list(c, """
                SELECT name FROM sqlite_master
                WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'flyway_schema_history'
                ORDER BY name
                """, r -> r.getString(1));
    }

    @Override
    public List<String> columns(Connection c, String table) {
        return Sql.list(c, "SELECT name FROM pragma_table_info(?) ORDER BY cid", r -> r.getString(1), table);
    }

    @Override
    public List<ForeignKey> foreignKeys(Connection c, String table) {
        return Sql.list(c, "SELECT \"from\", \"table\", coalesce(\"to\", 'id') FROM pragma_foreign_key_list(?)",
                r -> new ForeignKey(r.getString(1), r.getString(2), r.getString(3)), table);
    }

    /** The row the write transaction filled (see SqliteDatabase). */
    @Override
    public String historyContext() {
        return "SELECT changed_at, actor_id, actor, change_set FROM history_context WHERE id = 1";
    }

    @Override
    public List<Column> describe(Connection c, String table) {
        return Sql.list(c, "SELECT name, upper(coalesce(type, '')), pk FROM pragma_table_info(?) ORDER BY cid",
                r -> new Column(r.getString(1), r.getString(2).contains("TEXT"), r.getInt(3)), table);
    }

    @Override
    public List<String> rowKey(Connection c, String table) {
        boolean withoutRowid = Sql.integer(c, "SELECT wr FROM pragma_table_list WHERE schema = 'main' AND name = ?",
                table) == 1;
        if (!withoutRowid) {
            return List.of("rowid");
        }
        return describe(c, table).stream().filter(column -> column.keyPosition() > 0)
                .sorted(Comparator.comparingInt(Column::keyPosition)).map(Column::name).toList();
    }

    /** The FTS5 tables and the shadow tables FTS5 makes for each ({@code partner_search_data}, ...). */
    @Override
    public List<String> searchIndexTables(Connection c) {
        List<String> virtual = Sql.list(c, "SELECT name FROM sqlite_master WHERE type = 'table' "
                + "AND upper(sql) LIKE 'CREATE VIRTUAL TABLE%'", r -> r.getString(1));
        return tables(c).stream().filter(t -> virtual.stream().anyMatch(v -> t.equals(v) || t.startsWith(v + "_")))
                .toList();
    }

    @Override
    public String holdsText(String column) {
        return "typeof(" + column + ") = 'text'";
    }
}
