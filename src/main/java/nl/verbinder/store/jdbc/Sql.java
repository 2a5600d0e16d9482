package nl.verbinder.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verbinder.domain.Coded;
import nl.verbinder.store.StoreException;

/**
 * The little JDBC the repositories need: run a statement with parameters, map rows. Values
 * are bound the way the schema stores them: dates as ISO text, instants as UTC text with
 * milliseconds (so they sort as text), enum values as their codes, booleans as 0/1.
 */
public final class Sql {

    public static final DateTimeFormatter INSTANT_TEXT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Sql() {
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    public static <T> List<T> list(Connection connection, String sql, RowMapper<T> mapper, Object... params) {
        Numbered numbered = Numbered.of(sql, params);
        try (PreparedStatement statement = connection.prepareStatement(numbered.sql())) {
            bind(statement, numbered.params());
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public static <T> Optional<T> one(Connection connection, String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = list(connection, sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.getFirst());
    }

    public static int integer(Connection connection, String sql, Object... params) {
        return one(connection, sql, row -> row.getInt(1), params).orElse(0);
    }

    /** Runs an INSERT, UPDATE or DELETE and returns how many rows it changed. */
    public static int update(Connection connection, String sql, Object... params) {
        Numbered numbered = Numbered.of(sql, params);
        return write(connection, numbered.sql(), false, statement -> {
            bind(statement, numbered.params());
            return statement.executeUpdate();
        });
    }

    /** Runs an INSERT and returns the new row's id. */
    public static long insert(Connection connection, String sql, Object... params) {
        return write(connection, sql, true, statement -> {
            bind(statement, params);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("No id returned for: " + sql);
                }
                return keys.getLong(1);
            }
        });
    }

    /** Runs one statement for each row of parameters, as a batch. */
    public static void batch(Connection connection, String sql, Collection<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        write(connection, sql, false, statement -> {
            for (Object[] params : rows) {
                bind(statement, params);
                statement.addBatch();
            }
            statement.executeBatch();
            statement.clearBatch();
            return null;
        });
    }

    /** What a write does with its statement. */
    @FunctionalInterface
    private interface StatementWork<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    /**
     * Runs a write on a statement for this SQL: the one the connection keeps prepared when it
     * keeps its writes (see PreparedWrites), put back after a run that went well and closed after
     * one that failed; otherwise one prepared for this run only.
     */
    private static <T> T write(Connection connection, String sql, boolean generatedKeys, StatementWork<T> work) {
        PreparedWrites kept = PreparedWrites.of(connection);
        try {
            if (kept == null || !PreparedWrites.isKept(sql)) {
                try (PreparedStatement statement = generatedKeys
                        ? connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
                        : connection.prepareStatement(sql)) {
                    return work.run(statement);
                }
            }
            PreparedStatement statement = kept.take(sql, generatedKeys);
            T result;
            try {
                result = work.run(statement);
            } catch (SQLException | RuntimeException e) {
                statement.close();
                throw e;
            }
            kept.giveBack(sql, generatedKeys, statement);
            return result;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public static void execute(Connection connection, String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** {@code ?, ?, ?} for an IN list of the given size. */
    /**
     * SQL with numbered parameters ({@code ?1}, {@code ?2}, each used as often as needed, as
     * SQLite reads them) written as plain {@code ?} with the values repeated in order, which
     * every database reads. Question marks inside quoted text are left alone.
     */
    record Numbered(String sql, Object[] params) {

        private static final Pattern NUMBERED = Pattern.compile("'(?:[^']|'')*'|\\?(\\d+)");

        static Numbered of(String sql, Object[] params) {
            if (sql.indexOf('?') < 0 || !sql.matches("(?s).*\\?\\d.*")) {
                return new Numbered(sql, params);
            }
            List<Object> ordered = new ArrayList<>();
            Matcher m = NUMBERED.matcher(sql);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                if (m.group(1) == null) {
                    m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                } else {
                    ordered.add(params[Integer.parseInt(m.group(1)) - 1]);
                    m.appendReplacement(out, "?");
                }
            }
            m.appendTail(out);
            return new Numbered(out.toString(), ordered.toArray());
        }
    }

    public static String placeholders(int count) {
        StringJoiner joiner = new StringJoiner(", ");
        for (int i = 0; i < count; i++) {
            joiner.add("?");
        }
        return joiner.toString();
    }

    public static String text(Instant instant) {
        return instant == null ? null : INSTANT_TEXT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        String text = row.getString(column);
        return text == null ? null : Instant.parse(text);
    }

    public static LocalDate date(ResultSet row, String column) throws SQLException {
        return date(row.getString(column));
    }

    /**
     * Reads an ISO date as the schema stores it. Parsed by hand for plain YYYY-MM-DD (lists
     * read tens of thousands; DateTimeFormatter is several times slower), anything else by
     * LocalDate.parse.
     */
    public static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int d = text.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    public static Integer nullableInt(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    public static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    public static <E extends Enum<E> & Coded> E coded(ResultSet row, String column, Class<E> type) throws SQLException {
        String code = row.getString(column);
        return code == null ? null : Coded.fromCode(type, code);
    }

    /**
     * A failure of SQLite as the user should hear it: a full disk and another process writing
     * are said as such (nothing was saved, the input stays), and only SQLite's own verdict of
     * damage is called damage.
     */
    public static StoreException failure(SQLException e) {
        return switch (kindOf(e)) {
            case DISK_FULL -> new StoreException("error.disk-full", e);
            case BUSY -> new StoreException("error.busy", e);
            case READ_ONLY -> new StoreException("error.read-only", e);
            case DAMAGED -> new StoreException("error.damaged", e, String.valueOf(e.getMessage()));
            case UNREACHABLE -> new nl.verbinder.store.ServerUnreachableException(e);
            case OTHER -> new StoreException("error.storage", e, String.valueOf(e.getMessage()));
        };
    }

    /** What kind of failure the database reported (SQLite by its result code, PostgreSQL by its SQLSTATE). */
    public enum Kind { DISK_FULL, BUSY, READ_ONLY, DAMAGED, UNREACHABLE, OTHER }

    public static Kind kindOf(SQLException e) {
        String state = e.getSQLState();
        if (!(e instanceof org.sqlite.SQLiteException) && state != null && state.length() == 5) {
            if (state.startsWith("08") || state.equals("57P01") || state.equals("57P03")) {
                return Kind.UNREACHABLE;                            // connection_exception, admin_shutdown, cannot_connect_now
            }
            return switch (state) {
                case "53100" -> Kind.DISK_FULL;                         // disk_full
                case "40001", "40P01", "55P03" -> Kind.BUSY;            // serialization, deadlock, lock not available
                case "25006" -> Kind.READ_ONLY;                         // read_only_sql_transaction
                case "XX001", "XX002" -> Kind.DAMAGED;                  // data_corrupted, index_corrupted
                default -> Kind.OTHER;
            };
        }
        int code = e.getErrorCode() & 0xff;
        if (e instanceof org.sqlite.SQLiteException sqlite) {
            code = sqlite.getResultCode().code & 0xff;
        }
        return switch (code) {
            case 13 -> Kind.DISK_FULL;                 // SQLITE_FULL
            case 5, 6 -> Kind.BUSY;                    // SQLITE_BUSY, SQLITE_LOCKED
            case 8 -> Kind.READ_ONLY;                  // SQLITE_READONLY
            case 11, 26 -> Kind.DAMAGED;               // SQLITE_CORRUPT, SQLITE_NOTADB
            default -> isDiskFull(e) ? Kind.DISK_FULL : Kind.OTHER;
        };
    }

    /** Whether a failure (or one of its causes) is the disk being full. */
    public static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("No space left on device") || message.contains("SQLITE_FULL")
                    || message.contains("There is not enough space on the disk")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    public static void bind(PreparedStatement statement, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object value = params[i];
            int index = i + 1;
            switch (value) {
                case null -> statement.setObject(index, null);
                case LocalDate date -> statement.setString(index, date.toString());
                case Instant instant -> statement.setString(index, text(instant));
                case Coded coded -> statement.setString(index, coded.code());
                case Boolean bool -> statement.setInt(index, bool ? 1 : 0);
                default -> statement.setObject(index, value);
            }
        }
    }
}
