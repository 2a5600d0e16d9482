package nl.verbinder.testutil;

import java.util.ArrayList;
import java.util.List;
import nl.verbinder.store.sqlite.SqliteStore;

/** Every row of a table as text, in key order, read with plain JDBC through the store's connection. */
public final class Rows {

    private Rows() {
    }

    /** Call inside a read or write of the store. */
    public static List<String> all(SqliteStore store, String table) {
        List<String> rows = new ArrayList<>();
        try (var statement = store.database().connection().createStatement();
             var result = statement.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1, 2")) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder(table);
                for (int i = 1; i <= columns; i++) {
                    row.append('|').append(result.getString(i));
                }
                rows.add(row.toString());
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }
}
