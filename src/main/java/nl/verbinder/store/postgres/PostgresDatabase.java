package nl.verbinder.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
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
    private volatile boolean closed;

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
        try {
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                return work.run();
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        } finally {
            bound.remove();
            giveBack(c);
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
        Connection c = take();
        bound.set(c);
        writing.set(true);
        try {
            c.setReadOnly(false);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            T result;
            try {
                result = work.run();
            } catch (RuntimeException | Error e) {
                quietlyRollBack(c);
                throw e;
            }
            c.commit();
            return result;
        } catch (SQLException e) {
            quietlyRollBack(c);
            throw Sql.failure(e);
        } finally {
            writing.set(false);
            bound.remove();
            giveBack(c);
            writeLock.unlock();
        }
    }

    /** A connection of its own, outside any transaction, for work that manages its own (copying a store in). */
    Connection open() {
        try {
            Connection c = dataSource.getConnection();
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
