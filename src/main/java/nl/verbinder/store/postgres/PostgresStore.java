package nl.verbinder.store.postgres;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;
import nl.verbinder.store.ArchiveRepository;
import nl.verbinder.store.StoreException;
import nl.verbinder.store.jdbc.JdbcStore;
import nl.verbinder.store.jdbc.Sql;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The store on a practice server (PostgreSQL 15 or newer): the repositories of {@code store.jdbc}
 * over {@link PostgresDatabase}, and the server's own archive. Opening checks the database
 * before anything is written: a database of another application, or of a newer Verbinder, is
 * refused; an empty one, or an older Verbinder one, is brought up to date by the migrations.
 */
public final class PostgresStore extends JdbcStore {

    private final PostgresDatabase database;
    private final String description;
    private final int schemaVersion;
    private final ArchiveRepository archive;
    private final PostgresChangeFeed changeFeed;

    private PostgresStore(PostgresDatabase database, String description, int schemaVersion, Clock clock) {
        super(database, clock);
        this.database = database;
        this.description = description;
        this.schemaVersion = schemaVersion;
        this.archive = new PostgresArchiveRepository(database);
        this.changeFeed = new PostgresChangeFeed(database.dataSource(), database.workstation());
        database.useClock(clock);
    }

    /** Opens the server's database as the user, with the password (null: none, or from ~/.pgpass). */
    public static PostgresStore open(ServerAddress address, char[] password) {
        return open(dataSource(address, password), address.toString());
    }

    /**
     * Tries the server without changing anything ("Verbinding testen"): connects as the user and
     * reads which schema version the database is at; 0 for an empty database, which opening
     * would set up. Refuses as opening does: a wrong password, an unknown host, a server that
     * does not answer, another application's database, a newer Verbinder's.
     */
    public static int probe(ServerAddress address, char[] password) {
        PGSimpleDataSource dataSource = dataSource(address, password);
        String description = address.toString();
        try (Connection c = connect(dataSource, description)) {
            return schemaVersion(c, description);
        } catch (SQLException e) {
            throw failure(e, description);
        }
    }

    private static PGSimpleDataSource dataSource(ServerAddress address, char[] password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(address.jdbcUrl());
        Properties properties = address.properties(password);
        dataSource.setUser(properties.getProperty("user"));
        if (password != null) {
            dataSource.setPassword(new String(password));
        }
        dataSource.setSslMode(address.sslMode());
        dataSource.setConnectTimeout(10);
        dataSource.setApplicationName("Verbinder");
        return dataSource;
    }

    /** Opens the database behind the data source; {@code description} says where it is, without a password. */
    public static PostgresStore open(DataSource dataSource, String description) {
        return open(dataSource, description, Clock.systemUTC());
    }

    /** As {@link #open(DataSource, String)}, with the clock the change history takes its "when" from. */
    public static PostgresStore open(DataSource dataSource, String description, Clock clock) {
        int version = prepare(dataSource, description);
        return new PostgresStore(new PostgresDatabase(dataSource), description, version, clock);
    }

    /** Checks the database (refusing another application's or a newer one) and migrates it. */
    private static int prepare(DataSource dataSource, String description) {
        try (Connection c = connect(dataSource, description)) {
            int found = schemaVersion(c, description);
            if (found == PostgresMigrations.LATEST_VERSION && Sql.integer(c, "SELECT count(*) FROM "
                    + PostgresMigrations.HISTORY_TABLE + " WHERE NOT success") == 0) {
                return found; // up to date: no need to start Flyway (half a second per opening)
            }
        } catch (SQLException e) {
            throw failure(e, description);
        }
        try {
            return PostgresMigrations.migrate(dataSource);
        } catch (RuntimeException e) {
            throw new StoreException("server.migration-failed", e, description, String.valueOf(e.getMessage()));
        }
    }

    /**
     * The schema version the database is at, 0 when it is empty; refuses another application's
     * database and a newer Verbinder's.
     */
    private static int schemaVersion(Connection c, String description) throws SQLException {
        List<String> tables = Sql.list(c, """
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = current_schema() ORDER BY table_name
                """, row -> row.getString(1));
        if (tables.isEmpty()) {
            return 0;
        }
        if (!tables.contains(PostgresMigrations.HISTORY_TABLE) || !tables.contains("partner")) {
            throw new StoreException("server.not-verbinder", null, description);
        }
        int found = Sql.integer(c, "SELECT coalesce(max(CAST(version AS integer)), 0) FROM "
                + PostgresMigrations.HISTORY_TABLE + " WHERE success AND version IS NOT NULL");
        if (found > PostgresMigrations.LATEST_VERSION) {
            throw new StoreException("server.newer-version", null, description, found,
                    PostgresMigrations.LATEST_VERSION);
        }
        return found;
    }

    private static Connection connect(DataSource dataSource, String description) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw failure(e, description);
        }
    }

    /** A failure to reach or use the server, in words, never with a password. */
    static StoreException failure(SQLException e, String description) {
        String state = String.valueOf(e.getSQLState());
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return new StoreException("server.unknown-host", e, description);
            }
            if (t instanceof ConnectException) {
                return new StoreException("server.down", e, description);
            }
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return new StoreException("server.password", e, description);
        }
        if (state.equals("3D000")) {
            return new StoreException("server.no-database", e, description);
        }
        if (state.startsWith("08")) {
            return new StoreException("server.down", e, description);
        }
        return Sql.failure(e);
    }

    /**
     * After an erase, rewrites every table of the application with {@code VACUUM FULL}, so that the
     * old versions of the changed and deleted rows (which an UPDATE or DELETE leaves in the table
     * and index files until the space is reused, and which a plain VACUUM only marks as free) are
     * gone from the server's table files; ANALYZE replaces the planner's sample values of the
     * old rows with ones of the current rows. Each table is locked while it is rewritten (other
     * workstations wait; a practice's tables take milliseconds to seconds); a table another
     * workstation keeps locked for more than 10 s is skipped, and then this returns false, to be
     * tried again at the next start. Tables this user may not rewrite (only their owner, or a
     * member of the owning role, may) are left to the server's administrator; the WAL and backups
     * keep the old rows until they are recycled (see docs/avg.md). Not inside a transaction.
     *
     * @return false when a table could not be rewritten now
     */
    public boolean rewriteTablesAfterErase() {
        try (Connection c = database.open()) {
            c.setAutoCommit(true);
            List<String> tables = Sql.list(c, """
                    SELECT tablename FROM pg_tables
                    WHERE schemaname = current_schema() AND tablename <> ?
                      AND pg_has_role(tableowner, 'USAGE')
                    ORDER BY tablename
                    """, r -> r.getString(1), PostgresMigrations.HISTORY_TABLE);
            Sql.execute(c, "SET lock_timeout = '10s'");
            boolean complete = true;
            for (String table : tables) {
                try (Statement statement = c.createStatement()) {
                    statement.execute("VACUUM (FULL, ANALYZE) " + PostgresArchiveRepository.quote(table));
                } catch (SQLException e) {
                    if (!"55P03".equals(e.getSQLState())) { // lock_not_available: another workstation holds it
                        throw e;
                    }
                    complete = false;
                }
            }
            return complete;
        } catch (SQLException e) {
            throw failure(e, description);
        }
    }

    /** The connections, for the store's own package and its tests. */
    PostgresDatabase database() {
        return database;
    }

    @Override
    public ArchiveRepository archive() {
        return archive;
    }

    /** The other workstations' changes, heard with LISTEN/NOTIFY on a connection of the feed's own. */
    @Override
    public nl.verbinder.store.ChangeFeed changeFeed() {
        return changeFeed;
    }

    /** The server's host, as the window names it ("Praktijkserver host"): from the address in the description. */
    @Override
    public Optional<String> serverHost() {
        String rest = description.startsWith(ServerAddress.SCHEME) ? description.substring(ServerAddress.SCHEME.length())
                : description;
        int end = rest.startsWith("[") ? rest.indexOf(']') + 1 : rest.indexOf(':');
        if (end <= 0) {
            end = rest.indexOf('/');
        }
        return Optional.of(end > 0 ? rest.substring(0, end) : rest);
    }

    /**
     * Not a file: the server's address as a path ({@code postgresql:/host:5432/verbinder?user=anna}
     * on Linux and macOS, which {@code app} recognises when it is opened again); where an address
     * cannot be a path (Windows), a name made of it.
     */
    @Override
    public Path location() {
        try {
            return Path.of(description);
        } catch (InvalidPathException e) {
            return Path.of(description.replaceAll("^postgresql://", "").replaceAll("[^A-Za-z0-9._-]+", "_"));
        }
    }

    /** Where the data lives, as the user should see it: {@code postgresql://host:port/database?user=...}. */
    public String description() {
        return description;
    }

    @Override
    public int schemaVersion() {
        return schemaVersion;
    }

    @Override
    public void close() {
        changeFeed.close();
        database.close();
    }
}
