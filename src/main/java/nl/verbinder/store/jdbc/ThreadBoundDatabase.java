package nl.verbinder.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

/**
 * What both databases (the SQLite file and the practice server) do alike around their
 * transactions: the connection of the running transaction is bound to the thread, so the shared
 * repositories find it without it being passed through the services; the change history learns
 * who writes ({@link #actAs}) and when (the clock); and a closed database starts no transaction.
 * How a connection is taken, and how a transaction starts and ends, is each database's own.
 */
public abstract class ThreadBoundDatabase implements Database {

    private final ThreadLocal<Connection> bound = new ThreadLocal<>();
    private volatile Clock clock = Clock.systemUTC();
    private volatile Long actorId;
    private volatile boolean closed;

    /** The connection of the transaction running on this thread. */
    @Override
    public final Connection connection() {
        Connection connection = bound.get();
        if (connection == null) {
            throw new IllegalStateException("Database access outside a transaction");
        }
        return connection;
    }

    /** The connection of the transaction running on this thread; null when none runs. */
    protected final Connection boundConnection() {
        return bound.get();
    }

    /** Binds the connection of a transaction that starts on this thread. */
    protected final void bind(Connection connection) {
        bound.set(connection);
    }

    /** Unbinds the connection of the transaction that ended on this thread. */
    protected final void unbind() {
        bound.remove();
    }

    /** The clock the history's "when" comes from. */
    public final void useClock(Clock value) {
        this.clock = value;
    }

    /** The clock the history's "when" comes from. */
    protected final Clock clock() {
        return clock;
    }

    /** Who makes the changes from now on (the therapist at the workstation); null when unknown. */
    @Override
    public final void actAs(Long therapistId) {
        this.actorId = therapistId;
    }

    @Override
    public final Long actor() {
        return actorId;
    }

    /** From now on no transaction starts. */
    protected final void markClosed() {
        closed = true;
    }

    protected final boolean isClosed() {
        return closed;
    }

    protected final void checkOpen() {
        if (closed) {
            throw new IllegalStateException("The database is closed");
        }
    }

    protected static void quietlyClose(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // Nothing left to do with a connection that will not close.
        }
    }
}
