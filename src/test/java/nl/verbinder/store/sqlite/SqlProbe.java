package nl.verbinder.store.sqlite;

import nl.verbinder.store.jdbc.Sql;

/** Plain SQL through the store's own connection, for tests that look inside the file. */
public final class SqlProbe {

    private SqlProbe() {
    }

    /** The first column of the first row, as a number; call inside a read or write. */
    public static int count(SqliteStore store, String sql, Object... params) {
        return Sql.integer(store.database().connection(), sql, params);
    }
}
