package nl.verbinder.app;

import java.nio.file.Path;
import java.time.Clock;
import nl.verbinder.domain.attention.FactWindow;
import nl.verbinder.service.LocalDatabaseFile;
import nl.verbinder.service.Services;
import nl.verbinder.store.postgres.PostgresStore;

/**
 * Wires a practice server's store to the services. The server is no local file: copying it as a
 * file, or a file onto it, is refused as for any store without one ({@link LocalDatabaseFile#NONE});
 * what an erase leaves behind is cleaned up by rewriting the server's tables.
 */
public final class PostgresWiring {

    private PostgresWiring() {
    }

    /** The services over the server's store. */
    public static Services services(PostgresStore store, Clock clock) {
        return Services.over(store, clock, afterErase(store));
    }

    /** No file; after an erase the server's tables are rewritten ({@link PostgresStore#rewriteTablesAfterErase}). */
    static LocalDatabaseFile afterErase(PostgresStore store) {
        return new LocalDatabaseFile() {
            @Override
            public boolean present() {
                return false;
            }

            @Override
            public void copyTo(Path file) {
                NONE.copyTo(file);
            }

            @Override
            public void restoreFrom(Path file) {
                NONE.restoreFrom(file);
            }

            /** The server's search table is rewritten by its triggers in the erase's own transaction. */
            @Override
            public void compactSearchIndexes() {
            }

            /**
             * After a delete for good: nothing more; the server reuses the rows' space (autovacuum).
             * Rewriting every table then would make the other workstations wait each time.
             */
            @Override
            public boolean purgeFreedSpace() {
                return true;
            }

            @Override
            public boolean purgeAfterErase() {
                return store.rewriteTablesAfterErase();
            }

            @Override
            public String partnerFactsScript(FactWindow window) {
                return NONE.partnerFactsScript(window);
            }
        };
    }
}
