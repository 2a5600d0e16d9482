package nl.verbinder.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import nl.verbinder.service.Services;
import nl.verbinder.service.ServicesFactory;
import nl.verbinder.store.TemporaryFiles;
import nl.verbinder.store.sqlite.SqliteStore;

/** Opens the services over a SQLite file: the composition root of the data side. */
final class SqliteServicesFactory implements ServicesFactory {

    private final Map<String, String> env;
    private final Clock clock;

    SqliteServicesFactory(Map<String, String> env, Clock clock) {
        this.env = env;
        this.clock = clock;
    }

    @Override
    public Services open(Path location) {
        SqliteStore store = SqliteStore.open(location, clock);
        store.checkPagesInBackground(); // a large file, not checked while opening
        // What a killed export, backup or restore left next to the database holds personal data.
        TemporaryFiles.removeLeftoversNextTo(location);
        return SqliteWiring.services(store, clock);
    }

    @Override
    public Path defaultLocation() {
        return DataLocation.defaultDatabase(env, System.getProperty("os.name"), System.getProperty("user.home"));
    }

    @Override
    public Path dataFolder() {
        return DataLocation.dataFolder(env, System.getProperty("os.name"), System.getProperty("user.home"));
    }
}
