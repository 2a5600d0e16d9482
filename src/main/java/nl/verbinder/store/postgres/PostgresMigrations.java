package nl.verbinder.store.postgres;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The practice server's schema: SQL files under {@code db/migrations/postgresql}, with the same
 * version numbers as SQLite's (a test keeps the two folders and schemas in step), applied by Flyway.
 */
public final class PostgresMigrations {

    /** The newest schema version this build knows; equal to SQLite's (a test checks it). */
    public static final int LATEST_VERSION = 19;

    /**
     * SQLite's migrations that have no PostgreSQL twin yet, and the tables they make.
     * MigrationFoldersTest and SchemaParityTest allow exactly these; none are left.
     */
    public static final List<String> NOT_YET_PORTED = List.of();
    public static final List<String> NOT_YET_PORTED_TABLES = List.of();

    /**
     * Indexes only the server has, where SQLite needs none (SchemaParityTest allows exactly
     * these): {@code contact_moment_id_date} (V19) gives a moment's date by its id, which SQLite
     * reads by rowid.
     */
    public static final List<String> SERVER_ONLY_INDEXES = List.of("contact_moment_id_date");

    static final String LOCATION = "classpath:db/migrations/postgresql";
    static final String HISTORY_TABLE = "flyway_schema_history";

    /** Held so Flyway's progress lines stay out of the user's console (failures come as exceptions). */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private PostgresMigrations() {
    }

    static Flyway flyway(DataSource dataSource) {
        FLYWAY_LOG.setLevel(Level.SEVERE);
        return Flyway.configure(PostgresMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                .cleanDisabled(true)
                .validateMigrationNaming(true)
                .load();
    }

    /** Brings the database to {@link #LATEST_VERSION}; returns the version it is at. */
    public static int migrate(DataSource dataSource) {
        Flyway flyway = flyway(dataSource);
        flyway.migrate();
        return Integer.parseInt(flyway.info().current().getVersion().getVersion());
    }
}
