package nl.verbinder.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.verbinder.store.ArchiveRepository.RowVisitor;

/** A table's rows as both databases hand them to a backup: one list of values a row, one row at a time. */
public final class ArchiveRows {

    private ArchiveRows() {
    }

    /** How a database gives a backup the value of one column of the current row. */
    @FunctionalInterface
    public interface ColumnValue {
        Object read(ResultSet rows, int column) throws SQLException;
    }

    /** Hands every row of the result, its {@code width} columns read by {@code value}, to the visitor. */
    public static void visit(ResultSet rows, int width, ColumnValue value, RowVisitor visitor) throws SQLException {
        while (rows.next()) {
            List<Object> values = new ArrayList<>(width);
            for (int i = 1; i <= width; i++) {
                values.add(value.read(rows, i));
            }
            visitor.row(values);
        }
    }
}
