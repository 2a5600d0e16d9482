package nl.verbinder.service;

import java.nio.file.Path;
import java.util.Optional;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.domain.attention.FactWindow;
import nl.verbinder.store.Store;

/**
 * What only a store in one local database file (SQLite) can do: copy the file, put a copied
 * file back, clean the file after an erasure, and show the attention query as a script for
 * the {@code sqlite3} shell. {@code app} wires it next to the store, so the store port itself
 * carries nothing file-shaped. A store on a practice server is no file ({@link #present()} is
 * false, copies are refused as by {@link #NONE}); its clean-up after an erasure rewrites the
 * server's tables ({@code app.PostgresWiring}).
 */
public interface LocalDatabaseFile {

    /** For a store that is not one local file: file copies are refused, clean-ups have nothing to do. */
    LocalDatabaseFile NONE = new NoFile();

    /**
     * A store that is not one local file, as {@link #NONE} is; a store of that kind with clean-ups
     * of its own (the practice server) extends it.
     */
    class NoFile implements LocalDatabaseFile {

        @Override
        public boolean present() {
            return false;
        }

        @Override
        public void copyTo(Path file) {
            throw new VerbinderException("transfer.backup.db.no-file");
        }

        @Override
        public void restoreFrom(Path file) {
            throw new VerbinderException("transfer.restore.db.no-file");
        }

        @Override
        public void compactSearchIndexes() {
        }

        @Override
        public boolean purgeFreedSpace() {
            return true;
        }

        @Override
        public String partnerFactsScript(FactWindow window) {
            throw new VerbinderException("transfer.backup.db.no-file");
        }
    }

    /** False for {@link #NONE}. */
    default boolean present() {
        return true;
    }

    /**
     * Copies the database into the (empty or new) file with SQLite's online backup, then checks
     * the copy. Writers wait while it runs; readers do not. Not inside a transaction.
     */
    void copyTo(Path file);

    /**
     * Replaces this empty database with the Verbinder database in the file: checked, an older
     * one brought up to this version in a copy, put in place all or nothing. The file itself is
     * never changed. Not inside a transaction.
     */
    void restoreFrom(Path file);

    /**
     * Rewrites the search indexes without what was removed from them, inside the running
     * transaction, so erased words do not linger in older parts of an index.
     */
    void compactSearchIndexes();

    /**
     * Writes the change through to the file and empties the log, so erased data is gone from
     * disk; false when another connection kept the log from being emptied (try again later). On
     * the practice server: rewrites its tables, false when another workstation kept one locked.
     */
    boolean purgeFreedSpace();

    /**
     * After an AVG erase: the same clean-up as {@link #purgeFreedSpace()}; on the practice server
     * also the rewrite of its tables, which locks each table for a moment and is therefore done
     * for an erase only, not after every delete for good (see docs/avg.md).
     */
    default boolean purgeAfterErase() {
        return purgeFreedSpace();
    }

    /**
     * The SQL of the attention facts with the window's values written in, as a script the
     * {@code sqlite3} shell runs: for the benchmark that compares the store with bare SQL.
     */
    String partnerFactsScript(FactWindow window);

    /**
     * Where a JSON backup of an older version of Verbinder is brought up to date when this store
     * cannot stage an older schema itself (the practice server): a new, empty store in a private,
     * owner-only local file, which closing removes with everything next to it. Empty for a store
     * that brings older backups up to date itself (SQLite).
     */
    default Optional<Scratch> scratchForOlderBackup() {
        return Optional.empty();
    }

    /** A store in a temporary local file; closing it closes the store and removes its files. */
    interface Scratch extends AutoCloseable {

        Store store();

        @Override
        void close();
    }
}
