package nl.verbinder.store;

import java.nio.file.Path;
import java.util.List;

/**
 * The whole database at once, for backups: every table row by row (for a JSON backup), and
 * restoring one into an empty database. (A copy of a SQLite file is {@code store.sqlite}'s own.)
 */
public interface ArchiveRepository {

    /** A table as a backup holds it: its name, its columns in order, and how many rows it has. */
    record Table(String name, List<String> columns, long rowCount) {

        /** The row count of a table of a damaged file that could not be counted. */
        public static final long UNKNOWN_COUNT = -1;

        public Table {
            columns = List.copyOf(columns);
        }
    }

    /** Receives rows one at a time; values are {@code Long}/{@code Integer}, {@code Double}, {@code String} or {@code null}. */
    @FunctionalInterface
    interface RowVisitor {
        void row(List<Object> values);
    }

    /**
     * The tables that hold data (not the migration history, not full-text indexes, which
     * rebuild themselves), in the order they were created, so each comes after those it refers to.
     * Runs inside a read transaction.
     */
    List<Table> tables();

    /** Reads every row of a table, in key order. Runs inside a read transaction. */
    void readRows(Table table, RowVisitor visitor);

    /**
     * True when the database holds nothing a user entered: no partners (trash included),
     * therapists, shared goals, environment notes or imports, and a practice profile never saved.
     */
    boolean isEmpty();

    /**
     * Starts building a database at the given (current or older) schema version in a private
     * folder next to this one, to be filled row by row from a backup and then put in place of
     * this empty database. Not inside a transaction.
     */
    Staging stage(int schemaVersion);

    /** A database under construction from a backup; closing it removes whatever is left of it. */
    interface Staging extends AutoCloseable {

        /** The columns of a table of the staged schema; empty when there is no such table. */
        List<String> columns(String table);

        /** Removes the rows the migrations put in a table (the default practice profile), before the backup's rows. */
        void clear(String table);

        /** Adds one row; the table and every column must exist in the staged schema. */
        void insert(String table, List<String> columns, List<Object> values);

        /**
         * Checks the rows (every foreign key must hold), brings the staged database to this
         * version of Verbinder, and puts it in place of this database, which must still be empty.
         */
        void restoreIntoLive();

        @Override
        void close();
    }
}
