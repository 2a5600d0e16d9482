package nl.verbinder.testutil;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * Plain JDBC past the store on whichever database the tests run on (the SQLite file, or the
 * test's database on the PostgreSQL server), for checking what is really in it; the catalogue
 * queries for both. Values and statements go through {@link PlainSqlite}'s helpers, which are
 * plain JDBC.
 */
public final class PlainDatabase {

    private PlainDatabase() {
    }

    /** A connection to the database of the folder, as {@link TestDatabase#in(Path)} made it. */
    public static Connection open(Path folder) {
        String url = TestDatabase.serverUrlOf(folder);
        if (url == null) {
            return PlainSqlite.open(folder.resolve("verbinder.db"));
        }
        try {
            return DriverManager.getConnection(url);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open " + url, e);
        }
    }

    private static boolean onServer(Connection c) {
        try {
            return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every table, the migration log included (on SQLite also FTS5's tables). */
    public static List<String> tables(Connection c) {
        return onServer(c)
                ? PlainSqlite.column(c, "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                        + "ORDER BY tablename")
                : PlainSqlite.tables(c);
    }

    /** The tables that only index others for search (FTS5 and its shadow tables; the server's partner_search). */
    public static List<String> searchIndexTables(Connection c) {
        if (onServer(c)) {
            return List.of("partner_search");
        }
        List<String> virtual = PlainSqlite.column(c, "SELECT name FROM sqlite_master WHERE type = 'table' "
                + "AND upper(sql) LIKE 'CREATE VIRTUAL TABLE%'");
        return tables(c).stream().filter(t -> virtual.stream().anyMatch(v -> t.equals(v) || t.startsWith(v + "_")))
                .toList();
    }

    /** The table's columns as {@code name|TYPE}, the type in capitals as the schema declares it. */
    public static List<String> columnsWithType(Connection c, String table) {
        return onServer(c)
                ? PlainSqlite.column(c, """
                        SELECT a.attname || '|' || upper(format_type(a.atttypid, a.atttypmod))
                        FROM pg_attribute a JOIN pg_class r ON r.oid = a.attrelid
                        WHERE r.relname = ? AND r.relnamespace = current_schema()::regnamespace
                          AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum
                        """, table)
                : PlainSqlite.column(c, "SELECT name || '|' || upper(type) FROM pragma_table_info(?)", table);
    }

    /** The table's column names. */
    public static List<String> columns(Connection c, String table) {
        return columnsWithType(c, table).stream().map(column -> column.substring(0, column.indexOf('|'))).toList();
    }

    /** Every field of every table, the migration log included, whose text contains the trace, ignoring case. */
    public static List<String> everyFieldContaining(Connection c, String trace) {
        List<String> hits = new java.util.ArrayList<>();
        for (String table : tables(c)) {
            for (String column : columns(c, table)) {
                // instr: SQLite's own, and defined by the server's schema (V1).
                int count = PlainSqlite.integer(c, "SELECT count(*) FROM \"" + table + "\" WHERE instr(lower(CAST(\""
                        + column + "\" AS TEXT)), lower(?)) > 0", trace);
                if (count > 0) {
                    hits.add(table + "." + column + " (" + count + ")");
                }
            }
        }
        return hits;
    }
}
