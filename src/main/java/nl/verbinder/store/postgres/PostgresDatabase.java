package nl.verbinder.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import nl.verbinder.store.ServerUnreachableException;
import nl.verbinder.store.StoreException;
import nl.verbinder.store.jdbc.Database;
import nl.verbinder.store.jdbc.Dialect;
import nl.verbinder.store.jdbc.Sql;

/**
 * Connections to the practice server and the transactions on them. As on SQLite, the
 * connection of the running transaction is bound to the thread, so the shared repositories
 * find it; this process's writes go one at a time (the lock), while other workstations write
 * at the same time: their edits meet at the records' versions (optimistic locking). A read
 * sees one snapshot (REPEATABLE READ, read only).
 */
public final class PostgresDatabase implements Database, AutoCloseable {

    private static final int MAX_IDLE = 4;

    private final DataSource dataSource;
    private final ThreadLocal<Connection> bound = new ThreadLocal<>();
    private final ThreadLocal<Boolean> writing = ThreadLocal.withInitial(() -> false);
    private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile Clock clock = Clock.systemUTC();
    private volatile Long actorId;
    private volatile boolean closed;
    /** This store's id in the notices its writes send (V9), so its own feed leaves them out. */
    private final String workstation = UUID.randomUUID().toString();

    PostgresDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Dialect dialect() {
        return PostgresDialect.INSTANCE;
    }

    @Override
    public Connection connection() {
        Connection connection = bound.get();
        if (connection == null) {
            throw new IllegalStateException("Database access outside a transaction");
        }
        return connection;
    }

    @Override
    public <T> T read(Work<T> work) {
        if (bound.get() != null) {
            return work.run();
        }
        Connection c = take();
        bound.set(c);
        boolean broken = false;
        try {
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                return work.run();
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            StoreException failure = Sql.failure(e);
            broken = failure instanceof ServerUnreachableException;
            throw failure;
        } catch (ServerUnreachableException e) {
            broken = true;
            throw e;
        } finally {
            bound.remove();
            if (broken) {
                dropConnections(c);
            } else {
                giveBack(c);
            }
        }
    }

    @Override
    public <T> T write(Work<T> work) {
        if (bound.get() != null) {
            if (writing.get()) {
                return work.run();
            }
            throw new IllegalStateException("A write cannot start inside a read transaction");
        }
        checkOpen();
        writeLock.lock();
        Connection c;
        try {
            c = take();
        } catch (RuntimeException e) {
            writeLock.unlock();
            throw e;
        }
        bound.set(c);
        writing.set(true);
        boolean broken = false;
        try {
            c.setReadOnly(false);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            T result;
            try {
                startHistory(c);
                result = work.run();
            } catch (RuntimeException | Error e) {
                quietlyRollBack(c);
                throw e;
            }
            c.commit();
            return result;
        } catch (SQLException e) {
            quietlyRollBack(c);
            StoreException failure = Sql.failure(e);
            broken = failure instanceof ServerUnreachableException;
            throw failure;
        } catch (ServerUnreachableException e) {
            broken = true;
            throw e;
        } finally {
            writing.set(false);
            bound.remove();
            if (broken) {
                dropConnections(c);
            } else {
                giveBack(c);
            }
            writeLock.unlock();
        }
    }

    /** The id this store's write transactions give their change notices (see {@link PostgresChangeFeed}). */
    String workstation() {
        return workstation;
    }

    /** Where the connections come from (the change feed makes one of its own). */
    DataSource dataSource() {
        return dataSource;
    }

    /** The clock the history's "when" comes from. */
    void useClock(Clock value) {
        this.clock = value;
    }

    @Override
    public void actAs(Long therapistId) {
        this.actorId = therapistId;
    }

    @Override
    public Long actor() {
        return actorId;
    }

    /**
     * Tells the history triggers (V5) who writes, when, and in which change set (one per write
     * transaction), in settings that live as long as this transaction and are seen by it alone:
     * another workstation's transaction has its own, so two writers at once never take each
     * other's name, and neither waits for the other (see docs/decisions/0013). The same goes for
     * the workstation's id, which V9's change notices carry (docs/decisions/0014).
     */
    private void startHistory(Connection c) {
        Long actor = actorId;
        String changeSet = UUID.randomUUID().toString();
        String when = Sql.INSTANT_TEXT.format(clock.instant());
        if (actor == null) {
            Sql.list(c, """
                    SELECT set_config('verbinder.changed_at', ?, true), set_config('verbinder.actor_id', '', true),
                           set_config('verbinder.actor', '', true), set_config('verbinder.change_set', ?, true),
                           set_config('verbinder.workstation', ?, true)
                    """, r -> r.getString(1), when, changeSet, workstation);
        } else {
            Sql.list(c, """
                    SELECT set_config('verbinder.changed_at', ?, true), set_config('verbinder.actor_id', ?, true),
                           set_config('verbinder.actor', coalesce((SELECT name FROM therapist WHERE id = ?), ''), true),
                           set_config('verbinder.change_set', ?, true), set_config('verbinder.workstation', ?, true)
                    """, r -> r.getString(1), when, String.valueOf(actor), actor, changeSet, workstation);
        }
    }

    /** A connection of its own, outside any transaction, for work that manages its own (copying a store in). */
    Connection open() {
        try {
            Connection c = dataSource.getConnection();
            // No JIT compilation: the planner's costs of the attention and retention queries pass
            // jit_above_cost, and compiling took longer (0.8 s) than it saved (docs/performance.md).
            try (Statement s = c.createStatement()) {
                s.execute("SET jit = off");
            }
            c.setAutoCommit(false);
            return c;
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    @Override
    public void close() {
        closed = true;
        Connection c;
        while ((c = idle.poll()) != null) {
            quietlyClose(c);
        }
    }

    private Connection take() {
        checkOpen();
        Connection c = idle.poll();
        return c != null ? c : open();
    }

    private void giveBack(Connection c) {
        try {
            if (closed || c.isClosed() || idle.size() >= MAX_IDLE) {
                quietlyClose(c);
            } else {
                idle.add(c);
            }
        } catch (SQLException e) {
            quietlyClose(c);
        }
    }

    /**
     * The connection broke (the server went away or restarted): this one and every idle one are
     * closed, so the next transaction connects afresh instead of failing on a dead connection.
     */
    private void dropConnections(Connection broken) {
        quietlyClose(broken);
        Connection c;
        while ((c = idle.poll()) != null) {
            quietlyClose(c);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("The database is closed");
        }
    }

    private static void quietlyRollBack(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            // The transaction is gone already; the original failure is what matters.
        }
    }

    private static void quietlyClose(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // Nothing left to do with a connection that will not close.
        }
    }
}
