package nl.verbinder.testutil;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.verbinder.app.PostgresWiring;
import nl.verbinder.app.SqliteWiring;
import nl.verbinder.service.Services;
import nl.verbinder.store.Store;
import nl.verbinder.store.postgres.PostgresStore;
import nl.verbinder.store.sqlite.SqliteStore;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh Verbinder database, migrated by the real migrations, with the services over it and a
 * fixed clock so dates in tests do not drift.
 *
 * <p>Which database: a SQLite file in the temp folder, or, when the system property
 * {@code verbinder.test.store} is {@code postgresql}, a fresh database on the test PostgreSQL
 * server ({@link PostgresServer}). The build runs the store and service tests once each way (the
 * contract suite, see pom.xml), so a test written with this class runs on both stores. Opening
 * the same folder again opens the same database, on both. A test that looks inside the SQLite
 * file ({@link #store()}, {@link #file()}) is skipped on PostgreSQL.
 */
public final class TestDatabase implements AutoCloseable {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    /** The system property that picks the store the tests run on. */
    public static final String STORE_PROPERTY = "verbinder.test.store";

    /** The server database made for each folder, so that opening a folder again reopens it. */
    private static final Map<Path, String> SERVER_DATABASES = new ConcurrentHashMap<>();

    private final Path file;
    private final Store store;
    private final String serverUrl;
    private final Services services;

    private TestDatabase(Path file, Clock clock) {
        this.file = file;
        if (onPostgres()) {
            try {
                // As SQLite makes its folder: the folder marks the database as in use (see serverDatabase).
                java.nio.file.Files.createDirectories(file.getParent());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            this.serverUrl = serverDatabaseFor(file.toAbsolutePath());
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(serverUrl);
            PostgresStore server = PostgresStore.open(dataSource, "postgresql://test/" + file.getParent().getFileName(), clock);
            this.store = server;
            this.services = PostgresWiring.services(server, clock);
        } else {
            this.serverUrl = null;
            SqliteStore sqlite = SqliteStore.open(file, clock);
            this.store = sqlite;
            this.services = SqliteWiring.services(sqlite, clock);
        }
    }

    /**
     * A database at the latest schema with nothing in it: one whose test is over (its temp folder
     * is gone), emptied, or else a new copy of the migrated template. Emptying takes a tenth of
     * the time of copying.
     */
    private static synchronized String serverDatabaseFor(Path file) {
        String url = SERVER_DATABASES.get(file);
        if (url == null) {
            url = serverDatabase();
            SERVER_DATABASES.put(file, url);
        }
        return url;
    }

    private static String serverDatabase() {
        for (Map.Entry<Path, String> used : SERVER_DATABASES.entrySet()) {
            if (!java.nio.file.Files.exists(used.getKey().getParent()) && SERVER_DATABASES.remove(used.getKey(), used.getValue())) {
                try (Connection c = DriverManager.getConnection(used.getValue()); var s = c.createStatement()) {
                    var tables = new java.util.ArrayList<String>();
                    try (var r = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                            + "AND tablename <> 'flyway_schema_history'")) {
                        while (r.next()) {
                            tables.add('"' + r.getString(1) + '"');
                        }
                    }
                    s.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
                    // As a fresh migration leaves it: the profile row and the history's start, no history of them.
                    s.execute("SET session_replication_role = replica");
                    s.execute("INSERT INTO practice_profile (id, name, updated_at) VALUES (1, '', utc_now())");
                    s.execute("INSERT INTO history_context (id) VALUES (1)");
                    s.execute("INSERT INTO history_change (changed_at, action, record_kind, record_id) "
                            + "VALUES (utc_now(), 'start', 'history', 0)");
                    s.execute("SET session_replication_role = DEFAULT");
                    return used.getValue();
                } catch (SQLException e) {
                    // Still in use or broken: leave it and make a new one.
                }
            }
        }
        return PostgresServer.get().freshVerbinderDatabase();
    }

    /** The JDBC address of the server database made for the folder, or null on SQLite (or before one was made). */
    static String serverUrlOf(Path folder) {
        return onPostgres() ? SERVER_DATABASES.get(folder.resolve("verbinder.db").toAbsolutePath()) : null;
    }

    /** True when this run's tests run on the PostgreSQL server. */
    public static boolean onPostgres() {
        return "postgresql".equalsIgnoreCase(System.getProperty(STORE_PROPERTY, "sqlite"));
    }

    /** A new database for the folder ({@code verbinder.db} in it on SQLite), with today fixed at {@link #TODAY}. */
    public static TestDatabase in(Path folder) {
        return in(folder, fixedClock(TODAY));
    }

    public static TestDatabase in(Path folder, Clock clock) {
        return new TestDatabase(folder.resolve("verbinder.db"), clock);
    }

    public static Clock fixedClock(LocalDate today) {
        return Clock.fixed(today.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    }

    /** The SQLite file; a test that needs it is skipped on PostgreSQL. */
    public Path file() {
        sqliteOnly();
        return file;
    }

    /** The SQLite store; a test that needs it is skipped on PostgreSQL. */
    public SqliteStore store() {
        sqliteOnly();
        return (SqliteStore) store;
    }

    /** The folder the database belongs to (the SQLite file's folder; the server database's key). */
    public Path folder() {
        return file.getParent();
    }

    /** The store, whichever it is. */
    public Store anyStore() {
        return store;
    }

    public Services services() {
        return services;
    }

    /** How many rows the table has now, counted with plain SQL. */
    public int rowCount(String table) {
        if (serverUrl != null) {
            try (Connection c = DriverManager.getConnection(serverUrl);
                 var s = c.createStatement();
                 var r = s.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
                r.next();
                return r.getInt(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        SqliteStore sqlite = (SqliteStore) store;
        return sqlite.database().read(() -> PlainSqlite.integer(sqlite.database().connection(),
                "SELECT count(*) FROM \"" + table + "\""));
    }

    private void sqliteOnly() {
        Assumptions.assumeFalse(serverUrl != null, "looks inside the SQLite file: SQLite only");
    }

    @Override
    public void close() {
        store.close();
    }
}
