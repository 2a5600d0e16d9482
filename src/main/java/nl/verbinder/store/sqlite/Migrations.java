package nl.verbinder.store.sqlite;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The schema's migrations: SQL files under {@code db/migrations/sqlite}, applied by Flyway. The app
 * always uses {@link #SHIPPED}; tests can add locations with migrations of their own.
 */
final class Migrations {

    /**
     * The newest schema version this build knows. A test keeps it equal to the highest
     * {@code V<n>__} file in {@code db/migrations/sqlite}; raise it with every new migration.
     * A new migration always takes a number above it: 12, 13 and 18 were never used, and a file
     * numbered below the newest applied one would stop Flyway from opening existing databases.
     */
    static final int LATEST_VERSION = 19;

    static final String LOCATION = "classpath:db/migrations/sqlite";
    static final String HISTORY_TABLE = "flyway_schema_history";

    /** The migrations that ship with the app. */
    static final Migrations SHIPPED = new Migrations(List.of(LOCATION), LATEST_VERSION);

    /**
     * Flyway logs through java.util.logging when nothing else is there; its progress lines
     * are not for our users (failures reach them as exceptions). Held here so the setting is
     * not garbage-collected with the logger.
     */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private final List<String> locations;
    private final int latestVersion;

    /** Migrations from these Flyway locations, the newest of which is {@code latestVersion}. */
    Migrations(List<String> locations, int latestVersion) {
        this.locations = List.copyOf(locations);
        this.latestVersion = latestVersion;
    }

    int latestVersion() {
        return latestVersion;
    }

    Flyway flyway(DataSource dataSource) {
        FLYWAY_LOG.setLevel(Level.SEVERE);
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .table(HISTORY_TABLE)
                .cleanDisabled(true)
                .validateMigrationNaming(true)
                .load();
    }
}
