package nl.verbinder.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.verbinder.domain.attention.FactWindow;
import nl.verbinder.store.ArchiveRepository;
import nl.verbinder.store.KeptCopy;
import nl.verbinder.store.jdbc.JdbcStore;
import nl.verbinder.store.jdbc.Sql;

/** The store on one SQLite file. */
public final class SqliteStore extends JdbcStore {

    private final SqliteDatabase database;
    private final int schemaVersion;
    private final List<Path> backups;
    private List<KeptCopy> keptCopies = List.of();
    private volatile boolean pagesChecked;
    private final SqliteArchiveRepository archive;

    private SqliteStore(SqliteDatabase database, int schemaVersion, List<Path> backups, Clock clock) {
        super(database, clock);
        this.database = database;
        this.schemaVersion = schemaVersion;
        this.backups = backups;
        this.archive = new SqliteArchiveRepository(database, clock);
        database.useClock(clock);
    }

    /**
     * Opens the file, creating it (readable by its owner only) or migrating it (after a
     * copy) as needed.
     *
     * @throws nl.verbinder.store.DatabaseFileException when the file is not one Verbinder can open;
     *                                                  the file is then left as it was
     */
    public static SqliteStore open(Path file, Clock clock) {
        return open(file, clock, Migrations.SHIPPED);
    }

    /** Opens the file with other migrations than the shipped ones; for tests of migrating. */
    static SqliteStore open(Path file, Clock clock, Migrations migrations) {
        return open(file, clock, migrations, NetworkDrive.SYSTEM);
    }

    /** Opens the file, asking {@code mountType} what file system its folder is on; for tests of a network drive. */
    static SqliteStore open(Path file, Clock clock, Migrations migrations, Function<Path, String> mountType) {
        NetworkDrive.refuse(file, mountType);
        DatabaseFile databaseFile = new DatabaseFile(file, clock, migrations);
        DatabaseFile.Prepared prepared = databaseFile.prepare(false);
        SqliteDatabase database = new SqliteDatabase(databaseFile.path(), prepared.damage().orElse(null));
        SqliteStore store = new SqliteStore(database, prepared.version(), databaseFile.backups(), clock);
        store.keptCopies = databaseFile.keptCopies();
        store.pagesChecked = prepared.checked();
        return store;
    }

    /**
     * Checks the pages of a file too large to check while opening, on a background thread. When
     * it finds damage, writes are refused from then on with a message that says so. Does nothing
     * when the pages were checked at opening.
     */
    public void checkPagesInBackground() {
        if (pagesChecked) {
            return;
        }
        pagesChecked = true;
        Thread.ofPlatform().daemon().name("verbinder-page-check").start(database::checkPages);
    }

    /** Checks every page of the file now (also a large one); returns the damage found. */
    public Optional<String> checkPages() {
        pagesChecked = true;
        return database.checkPages();
    }

    /** The SQLite connections, for the store's own packages and tests. */
    public SqliteDatabase database() {
        return database;
    }

    /** The copies of the file made before migrations, newest first. */
    public List<Path> backups() {
        return backups;
    }

    /**
     * Copies the database into the (empty or new) file with SQLite's online backup, then checks
     * the copy. Writers wait while it runs; readers do not. Not inside a transaction.
     */
    public void copyDatabaseTo(Path file) {
        archive.copyDatabaseTo(file);
    }

    /**
     * Replaces this empty database with the Verbinder database in the file (checked, an older
     * one migrated in a copy, put in place all or nothing); the file is never changed.
     */
    public void restoreDatabaseFrom(Path file) {
        archive.restoreDatabaseFrom(file);
    }

    /**
     * Until FTS5 merges its segments, the tokens of a deleted row stay in older ones, so an
     * erased name would still be in the file; 'optimize' rewrites each index into one segment.
     * It is an ordinary write, inside the running transaction, so it commits with the erase or
     * not at all.
     */
    public void compactSearchIndexes() {
        optimizeSearchIndexes(database.connection());
    }

    /**
     * Writes erased data out of the file and its log. Freed pages are overwritten as they are
     * freed (secure_delete). This compacts the search indexes (for callers that did not in their
     * transaction), then copies the log into the file and truncates the log, so neither holds the
     * old pages any more. False when a reader in another process kept part of the log in use:
     * then the checkpoint is incomplete.
     */
    public boolean purgeFreedSpace() {
        boolean[] complete = {false};
        database.withWriterOutsideTransaction(c -> {
            optimizeSearchIndexes(c);
            List<int[]> result = Sql.list(c, "PRAGMA wal_checkpoint(TRUNCATE)",
                    row -> new int[] {row.getInt(1), row.getInt(2), row.getInt(3)});
            int[] r = result.getFirst();
            complete[0] = r[0] == 0 && r[1] == r[2];
        });
        return complete[0];
    }

    private static void optimizeSearchIndexes(Connection c) {
        List<String> ftsTables = Sql.list(c, "SELECT name FROM sqlite_master WHERE type = 'table' "
                + "AND upper(sql) LIKE 'CREATE VIRTUAL TABLE%USING FTS5%'", row -> row.getString(1));
        for (String table : ftsTables) {
            Sql.execute(c, "INSERT INTO \"" + table + "\" (\"" + table + "\") VALUES ('optimize')");
        }
    }

    /** The attention facts' SQL as a script for the {@code sqlite3} shell, for the benchmark; inside a read. */
    public String partnerFactsScript(FactWindow window) {
        return attention().partnerFactsScript(window);
    }

    /** The newest schema version this build can open. */
    public static int latestSchemaVersion() {
        return Migrations.LATEST_VERSION;
    }

    @Override
    public ArchiveRepository archive() {
        return archive;
    }

    @Override
    public Path location() {
        return database.file();
    }

    @Override
    public int schemaVersion() {
        return schemaVersion;
    }

    @Override
    public Optional<String> damage() {
        return database.damage();
    }

    @Override
    public void whenDamageFound(Consumer<String> listener) {
        database.whenDamageFound(listener);
    }

    @Override
    public List<KeptCopy> keptCopies() {
        return keptCopies;
    }

    @Override
    public void close() {
        database.close();
    }
}
