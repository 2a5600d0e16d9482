package nl.verbinder.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The INSERT, UPDATE and DELETE statements of one connection, kept prepared after their first
 * use so that the next write with the same SQL does not prepare it again.
 *
 * <p>Why: SQLite compiles a table's triggers into every statement that writes the table, when
 * the statement is prepared. The change history's triggers (V5, V15, V17) are large, and
 * preparing {@code UPDATE partner ...} anew for every save compiled them anew each time: that,
 * not the rows they write, was most of what the history added to saving a partner
 * (docs/performance.md, "Change history"). A kept statement is compiled once per connection.
 *
 * <p>Only the SQLite writer connection keeps its writes ({@link #keepOn}); {@link Sql#update},
 * {@link Sql#insert} and {@link Sql#batch} use them when the connection has them, and prepare as before
 * otherwise (readers, PostgreSQL, whose driver keeps its own server-side statements). A
 * statement is taken out while it runs and put back after, so a write that runs while the same
 * SQL is running (none does today) gets a statement of its own. A statement whose run failed is
 * closed, not put back. Kept statements are reset after each run (the driver does so), so they
 * hold no lock and do not stand in the way of VACUUM or a schema change (SQLite prepares a
 * statement again by itself when the schema changed under it). At most {@value #MAX} are kept;
 * the least recently used goes first.
 */
public final class PreparedWrites implements AutoCloseable {

    static final int MAX = 200;

    private static final Map<Connection, PreparedWrites> BY_CONNECTION = new ConcurrentHashMap<>();

    private final Connection connection;
    private final LinkedHashMap<Key, PreparedStatement> kept = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, PreparedStatement> eldest) {
            if (size() > MAX) {
                quietlyClose(eldest.getValue());
                return true;
            }
            return false;
        }
    };

    private record Key(String sql, boolean keys) {
    }

    private PreparedWrites(Connection connection) {
        this.connection = connection;
    }

    /** Keeps the writes of this connection prepared from now on, until {@link #close()}. */
    public static PreparedWrites keepOn(Connection connection) {
        PreparedWrites writes = new PreparedWrites(connection);
        BY_CONNECTION.put(connection, writes);
        return writes;
    }

    /** The kept writes of this connection; null when it keeps none. */
    static PreparedWrites of(Connection connection) {
        return BY_CONNECTION.isEmpty() ? null : BY_CONNECTION.get(connection);
    }

    /** Whether this SQL is a write that is kept: an INSERT, UPDATE or DELETE. */
    static boolean isKept(String sql) {
        String start = sql.stripLeading();
        int end = 0;
        while (end < start.length() && Character.isLetter(start.charAt(end))) {
            end++;
        }
        return switch (start.substring(0, end).toUpperCase(Locale.ROOT)) {
            case "INSERT", "UPDATE", "DELETE" -> true;
            default -> false;
        };
    }

    /** How many statements are kept now (for tests). */
    synchronized int size() {
        return kept.size();
    }

    /** A statement for this SQL: the kept one, taken out while it runs, or a new one. */
    synchronized PreparedStatement take(String sql, boolean generatedKeys) throws SQLException {
        PreparedStatement statement = kept.remove(new Key(sql, generatedKeys));
        if (statement != null) {
            return statement;
        }
        return generatedKeys ? connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
                : connection.prepareStatement(sql);
    }

    /** Puts a statement that ran well back, for the next write with the same SQL. */
    synchronized void giveBack(String sql, boolean generatedKeys, PreparedStatement statement) {
        try {
            statement.clearParameters();
        } catch (SQLException e) {
            quietlyClose(statement);
            return;
        }
        PreparedStatement other = kept.put(new Key(sql, generatedKeys), statement);
        if (other != null && other != statement) {
            quietlyClose(other);
        }
    }

    /** Closes the kept statements; call before the connection closes. */
    @Override
    public synchronized void close() {
        BY_CONNECTION.remove(connection, this);
        kept.values().forEach(PreparedWrites::quietlyClose);
        kept.clear();
    }

    private static void quietlyClose(PreparedStatement statement) {
        try {
            statement.close();
        } catch (SQLException e) {
            // Closing a statement of a connection that is closing anyway.
        }
    }
}
