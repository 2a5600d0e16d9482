package nl.verbinder.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import nl.verbinder.testutil.PlainSqlite;
import nl.verbinder.testutil.PostgresServer;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Both schemas, each migrated for real by its own migrations, have the same tables, columns
 * (in order, with NOT NULL and primary keys), foreign keys, checks and indexes. The search
 * tables differ by design (FTS5 against a trigram-indexed table) and are left out, and so are the
 * few indexes only the server needs ({@link PostgresMigrations#SERVER_ONLY_INDEXES}).
 */
class SchemaParityTest {

    private static final Pattern CHECK = Pattern.compile("\\bCHECK\\s*\\(", Pattern.CASE_INSENSITIVE);

    @TempDir
    static Path folder;

    private static Map<String, List<String>> sqlite;
    private static Map<String, List<String>> postgres;
    private static List<String> postgresIndexes;
    private static List<String> sqliteIndexes;

    @BeforeAll
    static void migrateBoth() throws SQLException {
        String url = PostgresServer.get().freshDatabase();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        assertThat(PostgresMigrations.migrate(dataSource)).isEqualTo(PostgresMigrations.LATEST_VERSION);
        try (Connection c = DriverManager.getConnection(url)) {
            postgres = postgresSchema(c);
            postgresIndexes = strings(c, "SELECT indexname FROM pg_indexes WHERE schemaname = 'public'");
        }
        TestDatabase.in(folder).close();
        try (Connection c = PlainSqlite.open(folder.resolve("verbinder.db"))) {
            sqlite = sqliteSchema(c);
            sqliteIndexes = PlainSqlite.column(c, "SELECT name FROM sqlite_master WHERE type = 'index'");
        }
    }

    @Test
    void sameTables() {
        assertThat(postgres.keySet()).isEqualTo(sqlite.keySet()).contains("partner", "contact_moment", "setting");
    }

    @Test
    void sameColumnsKeysChecksAndIndexesPerTable() {
        for (String table : sqlite.keySet()) {
            assertThat(postgres.get(table)).as(table).containsExactlyElementsOf(sqlite.get(table));
        }
    }

    @Test
    void theServersOwnIndexesAreOnTheServerOnly() {
        assertThat(postgresIndexes).containsAll(PostgresMigrations.SERVER_ONLY_INDEXES);
        assertThat(sqliteIndexes).doesNotContainAnyElementsOf(PostgresMigrations.SERVER_ONLY_INDEXES);
    }

    private static boolean compared(String table) {
        return !table.startsWith("sqlite_") && !table.startsWith("partner_search") && !table.equals("flyway_schema_history")
                && !PostgresMigrations.NOT_YET_PORTED_TABLES.contains(table);
    }

    private static Map<String, List<String>> sqliteSchema(Connection c) throws SQLException {
        Map<String, List<String>> schema = new TreeMap<>();
        for (String table : PlainSqlite.column(c, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            if (!compared(table)) {
                continue;
            }
            List<String> facts = new ArrayList<>();
            try (Statement s = c.createStatement()) {
                try (ResultSet r = s.executeQuery("PRAGMA table_xinfo(\"" + table + "\")")) {
                    while (r.next()) {
                        boolean pk = r.getInt("pk") > 0;
                        facts.add("column " + r.getString("name") + (r.getInt("notnull") == 1 || pk ? " not null" : ""));
                    }
                }
                List<String> pk = new ArrayList<>();
                try (ResultSet r = s.executeQuery("SELECT name FROM pragma_table_info('" + table + "') WHERE pk > 0 ORDER BY pk")) {
                    while (r.next()) {
                        pk.add(r.getString(1));
                    }
                }
                facts.add("primary key " + pk);
                List<String> fks = new ArrayList<>();
                try (ResultSet r = s.executeQuery("PRAGMA foreign_key_list(\"" + table + "\")")) {
                    while (r.next()) {
                        fks.add("foreign key " + r.getString("from") + " -> " + r.getString("table") + "."
                                + r.getString("to") + " on delete " + r.getString("on_delete").toLowerCase(Locale.ROOT));
                    }
                }
                fks.stream().sorted().forEach(facts::add);
            }
            String sql = PlainSqlite.column(c, "SELECT sql FROM sqlite_master WHERE name = ?", table).getFirst();
            facts.add("checks " + CHECK.matcher(sql).results().count());
            PlainSqlite.column(c, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                    + "AND name NOT LIKE 'sqlite_autoindex%' ORDER BY name", table)
                    .forEach(index -> facts.add("index " + index));
            schema.put(table, facts);
        }
        return schema;
    }

    private static Map<String, List<String>> postgresSchema(Connection c) throws SQLException {
        Map<String, List<String>> schema = new TreeMap<>();
        List<String> tables = strings(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                + "AND table_type = 'BASE TABLE' ORDER BY table_name");
        for (String table : tables) {
            if (!compared(table)) {
                continue;
            }
            List<String> facts = new ArrayList<>();
            for (String column : strings(c, "SELECT column_name || CASE WHEN is_nullable = 'NO' THEN ' not null' ELSE '' END "
                    + "FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ? ORDER BY ordinal_position", table)) {
                facts.add("column " + column);
            }
            facts.add("primary key " + strings(c, """
                    SELECT a.attname FROM pg_constraint k
                    CROSS JOIN LATERAL unnest(k.conkey) WITH ORDINALITY AS key(attnum, position)
                    JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = key.attnum
                    WHERE k.conrelid = ?::regclass AND k.contype = 'p' ORDER BY key.position""", table));
            strings(c, """
                    SELECT 'foreign key ' || a.attname || ' -> ' || f.relname || '.' || fa.attname || ' on delete '
                           || CASE k.confdeltype WHEN 'c' THEN 'cascade' WHEN 'n' THEN 'set null' WHEN 'r' THEN 'restrict'
                                                 ELSE 'no action' END
                    FROM pg_constraint k
                    JOIN pg_class f ON f.oid = k.confrelid
                    JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
                    JOIN pg_attribute fa ON fa.attrelid = k.confrelid AND fa.attnum = k.confkey[1]
                    WHERE k.conrelid = ?::regclass AND k.contype = 'f' ORDER BY 1""", table).forEach(facts::add);
            facts.add("checks " + strings(c, "SELECT count(*) FROM pg_constraint WHERE conrelid = ?::regclass AND contype = 'c'",
                    table).getFirst());
            strings(c, "SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND tablename = ? "
                    + "AND indexname NOT LIKE '%\\_pkey' ORDER BY indexname", table).stream()
                    .filter(index -> !PostgresMigrations.SERVER_ONLY_INDEXES.contains(index))
                    .forEach(index -> facts.add("index " + index));
            schema.put(table, facts);
        }
        return schema;
    }

    private static List<String> strings(Connection c, String sql, Object... params) throws SQLException {
        try (var statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    values.add(r.getString(1));
                }
            }
            return values;
        }
    }
}
