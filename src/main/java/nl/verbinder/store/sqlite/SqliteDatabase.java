package nl.verbinder.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import nl.verbinder.store.StoreException;
import nl.verbinder.store.Transactions;
import nl.verbinder.store.jdbc.Dialect;
import nl.verbinder.store.jdbc.PreparedWrites;
import nl.verbinder.store.jdbc.Sql;
import nl.verbinder.store.jdbc.ThreadBoundDatabase;
import org.sqlite.SQLiteConfig;

/**
 * The connections to one SQLite file and the transactions on them. One writer connection,
 * taken under a lock (SQLite has one writer at a time; the lock keeps threads of this
 * process from meeting SQLITE_BUSY), and a small pool of reader connections that WAL lets
 * read while a write is under way. The connection of the running transaction is bound to
 * the thread, so repositories find it without it being passed through the services.
 */
public final class SqliteDatabase extends ThreadBoundDatabase implements AutoCloseable {

    private static final int MAX_IDLE_READERS = 4;

    /** How long a connection waits for another process's write before it gives up (SQLITE_BUSY). */
    static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private final Path file;
    private final String url;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ConcurrentLinkedQueue<Connection> idleReaders = new ConcurrentLinkedQueue<>();
    private final Connection writer;
    /** The writer's INSERT, UPDATE and DELETE statements, prepared once (their triggers compiled once). */
    private final PreparedWrites preparedWrites;
    private volatile String damage;
    private final List<Consumer<String>> damageListeners =
            new CopyOnWriteArrayList<>();
    /** Whether the file has the history's context row (V5 on); asked once, at the first write. */
    private Boolean recordsHistory;

    SqliteDatabase(Path file) {
        this(file, null);
    }

    /** Opens the file; with {@code damage} (what the page check found) it is open for reading only. */
    SqliteDatabase(Path file, String damage) {
        this.file = file;
        this.url = "jdbc:sqlite:" + file;
        this.damage = damage;
        this.writer = openConnection();
        this.preparedWrites = PreparedWrites.keepOn(writer);
    }

    /** What the page check found wrong with the file; empty when it is sound (or not yet checked). */
    public Optional<String> damage() {
        return Optional.ofNullable(damage);
    }

    /**
     * Takes the file as damaged from now on: every write is refused (with a message that says
     * so); reading, exports and backups go on. Connections opened from now on are query-only.
     */
    void markDamaged(String found) {
        boolean first = damage == null;
        damage = found;
        if (first) {
            damageListeners.forEach(listener -> listener.accept(found));
        }
    }

    /** Tells the listener (on the thread that finds it) when damage is found after opening. */
    void whenDamageFound(Consumer<String> listener) {
        damageListeners.add(listener);
    }

    /**
     * Checks every page of the file ({@code PRAGMA quick_check}) on a connection of its own,
     * so neither readers nor the writer wait for it; marks the file damaged when it is not sound.
     * Returns what was found.
     */
    Optional<String> checkPages() {
        try (Connection connection = openConnection()) {
            Optional<String> found = DatabaseFile.quickCheck(connection);
            found.ifPresent(this::markDamaged);
            return found;
        } catch (SQLException e) {
            return Optional.empty(); // the check could not run; the file is not called damaged for it
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException sql && Sql.kindOf(sql) == Sql.Kind.DAMAGED) {
                markDamaged(String.valueOf(sql.getMessage()));
                return damage();
            }
            return Optional.empty();
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public Dialect dialect() {
        return SqliteDialect.INSTANCE;
    }

    @Override
    public <T> T read(Work<T> work) {
        if (boundConnection() != null) {
            return work.run();
        }
        Connection reader = takeReader();
        bind(reader);
        try {
            begin(reader, "BEGIN");
            try {
                return work.run();
            } finally {
                end(reader, "ROLLBACK"); // nothing was written; this only ends the snapshot
            }
        } finally {
            unbind();
            returnReader(reader);
        }
    }

    @Override
    public <T> T write(Work<T> work) {
        Connection current = boundConnection();
        if (current == writer) {
            return work.run();
        }
        if (current != null) {
            throw new IllegalStateException("A write cannot start inside a read transaction");
        }
        checkOpen();
        refuseIfDamaged();
        writeLock.lock();
        bind(writer);
        try {
            begin(writer, "BEGIN IMMEDIATE");
            T result;
            try {
                startHistory();
                result = work.run();
                endHistory();
            } catch (RuntimeException | Error e) {
                end(writer, "ROLLBACK");
                throw e;
            }
            try {
                end(writer, "COMMIT");
            } catch (RuntimeException e) {
                end(writer, "ROLLBACK");
                throw e;
            }
            return result;
        } finally {
            unbind();
            writeLock.unlock();
        }
    }

    /**
     * Tells the history triggers who writes, when, and in which change set (one per write
     * transaction: a save, an import, an undo), on the writer connection inside the transaction.
     */
    private void startHistory() {
        if (recordsHistory == null) {
            recordsHistory = Sql.integer(writer,
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'history_context'") > 0;
        }
        if (!recordsHistory) {
            return;
        }
        Long actor = actor();
        Sql.update(writer, """
                UPDATE history_context
                SET changed_at = ?, actor_id = ?, actor = (SELECT name FROM therapist WHERE id = ?), change_set = ?
                WHERE id = 1
                """, Sql.INSTANT_TEXT.format(clock().instant()), actor, actor, UUID.randomUUID().toString());
    }

    /** Empties the context before the commit, so a change made outside the app is not put on anyone's name. */
    private void endHistory() {
        if (Boolean.TRUE.equals(recordsHistory)) {
            Sql.update(writer, "UPDATE history_context SET changed_at = NULL, actor_id = NULL, actor = NULL, "
                    + "change_set = NULL WHERE id = 1");
        }
    }

    /** Runs work on the writer connection outside a transaction (VACUUM, checkpoints). */
    public void withWriterOutsideTransaction(Consumer<Connection> work) {
        checkOpen();
        writeLock.lock();
        try {
            work.accept(writer);
        } finally {
            writeLock.unlock();
        }
    }

    @Override
    public void close() {
        if (isClosed()) {
            return;
        }
        writeLock.lock();
        try {
            markClosed();
            Connection reader;
            while ((reader = idleReaders.poll()) != null) {
                quietlyClose(reader);
            }
            try (Statement statement = writer.createStatement()) {
                statement.execute("PRAGMA optimize");
            } catch (SQLException e) {
                // Only a hint to the query planner; closing matters more.
            }
            preparedWrites.close();
            quietlyClose(writer);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * The settings every connection of the app gets: foreign keys (they are per connection in
     * SQLite), WAL so readers do not wait for the writer, a busy timeout for other processes,
     * and secure delete so erased personal data is overwritten in the file. Synchronous FULL
     * flushes the log at every commit, so a moment that was saved survives a power cut (NORMAL
     * could lose the last commits; the cost is measured in docs/betrouwbaarheid.md).
     */
    static SQLiteConfig connectionConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setCacheSize(-32_000);
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        return config;
    }

    private Connection openConnection() {
        try {
            Connection connection = connectionConfig().createConnection(url);
            SqlFunctions.register(connection);
            if (damage != null) {
                // A second lock besides refuseIfDamaged: SQLite itself refuses to write.
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA query_only = 1");
                }
            }
            return connection;
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    private Connection takeReader() {
        checkOpen();
        Connection reader = idleReaders.poll();
        return reader != null ? reader : openConnection();
    }

    private void returnReader(Connection reader) {
        if (isClosed() || idleReaders.size() >= MAX_IDLE_READERS) {
            quietlyClose(reader);
        } else {
            idleReaders.add(reader);
        }
    }

    private void refuseIfDamaged() {
        if (damage != null) {
            throw new StoreException("error.damaged-read-only", null, file.toString(), damage);
        }
    }

    private static void begin(Connection connection, String statementText) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(statementText);
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    private static void end(Connection connection, String statementText) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(statementText);
        } catch (SQLException e) {
            if (statementText.equals("ROLLBACK")) {
                return; // The transaction is gone already; the original failure is what matters.
            }
            throw Sql.failure(e);
        }
    }
}
