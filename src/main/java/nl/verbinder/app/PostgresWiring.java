package nl.verbinder.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import nl.verbinder.service.LocalDatabaseFile;
import nl.verbinder.service.Services;
import nl.verbinder.store.StoreException;
import nl.verbinder.store.TemporaryFiles;
import nl.verbinder.store.postgres.PostgresStore;
import nl.verbinder.store.sqlite.SqliteStore;

/**
 * Wires a practice server's store to the services. The server is no local file: copying it as a
 * file, or a file onto it, is refused as for any store without one ({@link LocalDatabaseFile#NONE});
 * what an erase leaves behind is cleaned up by rewriting the server's tables. A JSON backup of an
 * older version is brought up to date in a temporary SQLite file (in the given folder, the user's
 * data folder) before it is copied onto the server.
 */
public final class PostgresWiring {

    private PostgresWiring() {
    }

    /** The services over the server's store; older backups are brought up to date in the system's temporary folder. */
    public static Services services(PostgresStore store, Clock clock) {
        return services(store, clock, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** The services over the server's store; older backups are brought up to date in {@code scratchFolder}. */
    public static Services services(PostgresStore store, Clock clock, Path scratchFolder) {
        return Services.over(store, clock, afterErase(store, clock, scratchFolder));
    }

    /**
     * No file ({@link LocalDatabaseFile.NoFile}); after an erase the server's tables are rewritten
     * ({@link PostgresStore#rewriteTablesAfterErase}); an older backup is staged in a temporary SQLite
     * file, which migrates it up. The rest is as for no file: the server's search table is rewritten by
     * its triggers in the erase's own transaction, and after a delete for good nothing more is done, as
     * the server reuses the rows' space (autovacuum): rewriting every table then would make the other
     * workstations wait each time.
     */
    static LocalDatabaseFile afterErase(PostgresStore store, Clock clock, Path scratchFolder) {
        return new LocalDatabaseFile.NoFile() {
            @Override
            public Optional<Scratch> scratchForOlderBackup() {
                return Optional.of(scratchStore(scratchFolder, clock));
            }

            @Override
            public boolean purgeAfterErase() {
                return store.rewriteTablesAfterErase();
            }
        };
    }

    /**
     * A new SQLite store in a private, owner-only folder (named as a restore's leftover, so a run
     * after a crash can remove it); closing it closes the store and removes the folder with all in it.
     */
    static LocalDatabaseFile.Scratch scratchStore(Path parent, Clock clock) {
        Path folder;
        try {
            Files.createDirectories(parent);
            // What a restore killed halfway left here goes first (it holds personal data).
            TemporaryFiles.removeLeftoversNextTo(parent.resolve("restore.db"));
            folder = TemporaryFiles.newFolder(parent, "restore");
        } catch (IOException e) {
            throw new StoreException("transfer.restore.failed", e, String.valueOf(e.getMessage()));
        }
        SqliteStore scratch;
        try {
            scratch = SqliteStore.open(folder.resolve("restore.db"), clock);
        } catch (RuntimeException e) {
            TemporaryFiles.delete(folder);
            throw e;
        }
        return new LocalDatabaseFile.Scratch() {
            @Override
            public SqliteStore store() {
                return scratch;
            }

            @Override
            public void close() {
                try {
                    scratch.close();
                } finally {
                    TemporaryFiles.delete(folder);
                }
            }
        };
    }
}
