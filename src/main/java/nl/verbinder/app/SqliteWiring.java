package nl.verbinder.app;

import java.nio.file.Path;
import java.time.Clock;
import nl.verbinder.domain.attention.FactWindow;
import nl.verbinder.service.LocalDatabaseFile;
import nl.verbinder.service.Services;
import nl.verbinder.store.sqlite.SqliteStore;

/**
 * Wires a SQLite store to the services: the store port and, next to it, what only one local
 * file can do (copies, clean-up after an erasure, the benchmark's shell script).
 */
public final class SqliteWiring {

    private SqliteWiring() {
    }

    /** The services over the SQLite store, with its file's own operations. */
    public static Services services(SqliteStore store, Clock clock) {
        return Services.over(store, clock, localFile(store));
    }

    /** What only the SQLite file can do, for the services. */
    public static LocalDatabaseFile localFile(SqliteStore store) {
        return new LocalDatabaseFile() {
            @Override
            public void copyTo(Path file) {
                store.copyDatabaseTo(file);
            }

            @Override
            public void restoreFrom(Path file) {
                store.restoreDatabaseFrom(file);
            }

            @Override
            public void compactSearchIndexes() {
                store.compactSearchIndexes();
            }

            @Override
            public boolean purgeFreedSpace() {
                return store.purgeFreedSpace();
            }

            @Override
            public String partnerFactsScript(FactWindow window) {
                return store.partnerFactsScript(window);
            }
        };
    }
}
