package nl.verbinder.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import nl.verbinder.store.ServerUnreachableException;
import nl.verbinder.store.StoreException;
import nl.verbinder.store.jdbc.Dialect;
import nl.verbinder.store.jdbc.Sql;
import nl.verbinder.store.jdbc.ThreadBoundDatabase;

/**
 * Connections to the practice server and the transactions on them. As on SQLite, the
 * connection of the running transaction is bound to the thread, so the shared repositories
 * find it; this process's writes go one at a time (the lock), while other workstations write
 * at the same time: their edits meet at the records' versions (optimistic locking). A read
 * sees one snapshot (REPEATABLE READ, read only).
 */
public final class PostgresDatabase extends ThreadBoundDatabase implements AutoCloseable {

    private static final int MAX_IDLE = 4;

    private final DataSource dataSource;
    private final ThreadLocal<Boolean> writing = ThreadLocal.withInitial(() -> false);
    private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writeLock = new ReentrantLock();
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
    public <T> T read(Work<T> work) {
        if (boundConnection() != null) {
            return work.run();
        }
        return transaction(take(), c -> {
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                return work.run();
            } finally {
                c.rollback();
            }
        });
    }

    @Override
    public <T> T write(Work<T> work) {
        if (boundConnection() != null) {
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
        writing.set(true);
        try {
            return transaction(c, connection -> {
                try {
                    connection.setReadOnly(false);
                    connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                    T result;
                    try {
                        startHistory(connection);
                        result = work.run();
                    } catch (RuntimeException | Error e) {
                        quietlyRollBack(connection);
                        throw e;
                    }
                    connection.commit();
                    return result;
                } catch (SQLException e) {
                    quietlyRollBack(connection);
                    throw e;
                }
            });
        } finally {
            writing.set(false);
            writeLock.unlock();
        }
    }

    /** A transaction's statements on its connection; a failure of the connection itself is an {@link SQLException}. */
    @FunctionalInterface
    private interface TransactionBody<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs a transaction on the connection, bound to this thread. Afterwards the connection goes
     * back to the idle ones, or, when the server could not be reached, it and every idle one are
     * dropped.
     */
    private <T> T transaction(Connection c, TransactionBody<T> body) {
        bind(c);
        boolean broken = false;
        try {
            return body.run(c);
        } catch (SQLException e) {
            StoreException failure = Sql.failure(e);
            broken = failure instanceof ServerUnreachableException;
            throw failure;
        } catch (ServerUnreachableException e) {
            broken = true;
            throw e;
        } finally {
            unbind();
            if (broken) {
                dropConnections(c);
            } else {
                giveBack(c);
            }
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

    /**
     * Tells the history triggers (V5) who writes, when, and in which change set (one per write
     * transaction), in settings that live as long as this transaction and are seen by it alone:
     * another workstation's transaction has its own, so two writers at once never take each
     * other's name, and neither waits for the other (see docs/decisions/0013). The same goes for
     * the workstation's id, which V9's change notices carry (docs/decisions/0014).
     */
    private void startHistory(Connection c) {
        Long actor = actor();
        String changeSet = UUID.randomUUID().toString();
        String when = Sql.INSTANT_TEXT.format(clock().instant());
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
        markClosed();
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
            if (isClosed() || c.isClosed() || idle.size() >= MAX_IDLE) {
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

    private static void quietlyRollBack(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            // The transaction is gone already; the original failure is what matters.
        }
    }
}
