package nl.verbinder.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verbinder.domain.Texts;
import nl.verbinder.store.PersonalDataRepository;

/**
 * Finds a person's traces in every text column of every table, read from the schema itself
 * so that tables added later are covered too. Full-text index tables are skipped: they
 * follow their source tables.
 */
final class SqlitePersonalDataRepository implements PersonalDataRepository {

    private record TextColumn(String table, String column, List<String> keys) {
    }

    private final SqliteDatabase database;

    SqlitePersonalDataRepository(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public int redact(Collection<String> texts, String replacement) {
        Connection c = database.connection();
        int changed = 0;
        for (String text : texts) {
            String needle = Texts.clean(text);
            if (needle == null) {
                continue;
            }
            Pattern pattern = wholeWords(needle);
            for (TextColumn column : textColumns(c)) {
                changed += redactColumn(c, column, needle, pattern, replacement);
            }
        }
        return changed;
    }

    @Override
    public int countOccurrences(String text) {
        Connection c = database.connection();
        String folded = Texts.fold(text);
        int count = 0;
        for (TextColumn column : textColumns(c)) {
            count += Sql.integer(c, "SELECT count(*) FROM \"" + column.table() + "\" WHERE instr(fold(\""
                    + column.column() + "\"), ?) > 0", folded);
        }
        return count;
    }

    /**
     * Also rewrites each full-text index into one segment ('optimize'): until FTS5 merges its
     * segments, the tokens of a deleted row stay in older ones, so an erased name would still
     * be in the file. The freed pages are then overwritten (secure_delete) and the WAL is
     * checkpointed and truncated.
     */
    @Override
    public void purgeFreedSpace() {
        database.withWriterOutsideTransaction(c -> {
            List<String> ftsTables = Sql.list(c, "SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND upper(sql) LIKE 'CREATE VIRTUAL TABLE%USING FTS5%'", row -> row.getString(1));
            for (String table : ftsTables) {
                Sql.execute(c, "INSERT INTO \"" + table + "\" (\"" + table + "\") VALUES ('optimize')");
            }
            Sql.list(c, "PRAGMA wal_checkpoint(TRUNCATE)", row -> null);
        });
    }

    private int redactColumn(Connection c, TextColumn column, String needle, Pattern pattern, String replacement) {
        String keyList = String.join(", ", column.keys().stream().map(k -> "\"" + k + "\"").toList());
        String select = "SELECT " + keyList + ", \"" + column.column() + "\" FROM \"" + column.table()
                + "\" WHERE instr(fold(\"" + column.column() + "\"), ?) > 0";
        String keyCondition = String.join(" AND ", column.keys().stream().map(k -> "\"" + k + "\" = ?").toList());
        List<Object[]> hits = new ArrayList<>();
        try (PreparedStatement statement = c.prepareStatement(select)) {
            statement.setString(1, Texts.fold(needle));
            try (ResultSet rows = statement.executeQuery()) {
                int width = column.keys().size();
                while (rows.next()) {
                    Object[] hit = new Object[width + 1];
                    for (int i = 0; i < width; i++) {
                        hit[i] = rows.getObject(i + 1);
                    }
                    hit[width] = rows.getString(width + 1);
                    hits.add(hit);
                }
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
        int changed = 0;
        for (Object[] hit : hits) {
            String value = (String) hit[hit.length - 1];
            Object[] key = java.util.Arrays.copyOf(hit, hit.length - 1);
            String redacted;
            if (value.strip().equalsIgnoreCase(needle)) {
                redacted = null;
            } else {
                Matcher matcher = pattern.matcher(value);
                if (!matcher.find()) {
                    // Folded match only (accents differ): replace the folded occurrence too.
                    redacted = foldedReplace(value, needle, replacement);
                    if (redacted.equals(value)) {
                        continue;
                    }
                } else {
                    redacted = matcher.replaceAll(Matcher.quoteReplacement(replacement));
                }
            }
            changed += write(c, column, keyCondition, key, redacted, replacement);
        }
        return changed;
    }

    /** Sets the new value; falls back to empty, then to the replacement text, then deletes a link row. */
    private static int write(Connection c, TextColumn column, String keyCondition, Object[] key, String value,
                             String replacement) {
        String update = "UPDATE \"" + column.table() + "\" SET \"" + column.column() + "\" = ? WHERE " + keyCondition;
        for (String candidate : value == null ? new String[] {null, replacement} : new String[] {value, null, replacement}) {
            if (tryUpdate(c, update, candidate, key)) {
                return 1;
            }
        }
        Sql.update(c, "DELETE FROM \"" + column.table() + "\" WHERE " + keyCondition, key);
        return 1;
    }

    private static boolean tryUpdate(Connection c, String update, String value, Object[] key) {
        Object[] params = new Object[key.length + 1];
        params[0] = value;
        System.arraycopy(key, 0, params, 1, key.length);
        try (PreparedStatement statement = c.prepareStatement(update)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.executeUpdate();
            return true;
        } catch (SQLException e) {
            // A CHECK, NOT NULL or key constraint refused this value; SQLite undid only this statement.
            return false;
        }
    }

    private static String foldedReplace(String value, String needle, String replacement) {
        String foldedValue = Texts.fold(value);
        String foldedNeedle = Texts.fold(needle);
        // Folding keeps lengths for the accents we fold, so positions line up.
        if (foldedValue.length() != value.length()) {
            return value;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        int at;
        while ((at = foldedValue.indexOf(foldedNeedle, from)) >= 0) {
            out.append(value, from, at).append(replacement);
            from = at + foldedNeedle.length();
        }
        return out.append(value.substring(from)).toString();
    }

    private static Pattern wholeWords(String needle) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(needle) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Every TEXT column of every ordinary table, with the columns that identify a row. */
    private static List<TextColumn> textColumns(Connection c) {
        List<String[]> tables = Sql.list(c, "SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                + "AND name NOT LIKE 'sqlite_%' AND name <> 'flyway_schema_history'",
                row -> new String[] {row.getString(1), row.getString(2)});
        List<String> virtualTables = tables.stream()
                .filter(t -> t[1] != null && t[1].toUpperCase(Locale.ROOT).startsWith("CREATE VIRTUAL TABLE"))
                .map(t -> t[0]).toList();
        List<TextColumn> columns = new ArrayList<>();
        for (String[] table : tables) {
            String name = table[0];
            if (virtualTables.contains(name) || virtualTables.stream().anyMatch(v -> name.startsWith(v + "_"))) {
                continue;
            }
            boolean withoutRowid = table[1] != null && table[1].toUpperCase(Locale.ROOT).contains("WITHOUT ROWID");
            List<String[]> info = Sql.list(c, "SELECT name, type, pk FROM pragma_table_info(?)",
                    row -> new String[] {row.getString(1), row.getString(2), row.getString(3)}, name);
            List<String> keys = info.stream().filter(i -> !i[2].equals("0"))
                    .sorted(java.util.Comparator.comparing(i -> Integer.parseInt(i[2]))).map(i -> i[0]).toList();
            if (!withoutRowid) {
                keys = List.of("rowid");
            }
            for (String[] column : info) {
                if (column[1] != null && column[1].toUpperCase(Locale.ROOT).contains("TEXT")) {
                    columns.add(new TextColumn(name, column[0], keys));
                }
            }
        }
        return columns;
    }
}
