package nl.verbinder.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
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
            for (TextColumn column : textColumns(c)) {
                changed += redactColumn(c, column, needle, replacement);
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

    @Override
    public void purgeFreedSpace() {
        database.withWriterOutsideTransaction(c -> Sql.list(c, "PRAGMA wal_checkpoint(TRUNCATE)", row -> null));
    }

    private int redactColumn(Connection c, TextColumn column, String needle, String replacement) {
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
            if (Texts.fold(value.strip()).equals(Texts.fold(needle))) {
                redacted = null;
            } else {
                redacted = replaceWholeWords(value, needle, replacement);
                if (redacted.equals(value)) {
                    continue;
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

    /**
     * Replaces every whole-word occurrence of the needle, comparing folded text (case and
     * accents ignored: "Özlem Yılmaz", "OZLEM YILMAZ" and "Ozlem Yilmaz" are one name). Each
     * character is folded on its own and remembers where it came from, so texts whose length
     * changes when folded ("ß" becomes "ss", a separate accent mark disappears) are handled too.
     */
    static String replaceWholeWords(String value, String needle, String replacement) {
        String foldedNeedle = Texts.fold(needle);
        if (foldedNeedle.isEmpty()) {
            return value;
        }
        StringBuilder folded = new StringBuilder();
        List<Integer> starts = new ArrayList<>(); // per folded char: where its character starts in value
        List<Integer> ends = new ArrayList<>();   // ... and ends, with the accent marks after it
        for (int i = 0; i < value.length(); ) {
            int end = nextCharacter(value, i);
            while (end < value.length() && Texts.fold(value.substring(end, nextCharacter(value, end))).isEmpty()) {
                end = nextCharacter(value, end);
            }
            String f = Texts.fold(value.substring(i, end));
            for (int k = 0; k < f.length(); k++) {
                folded.append(f.charAt(k));
                starts.add(i);
                ends.add(end);
            }
            i = end;
        }
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int at = folded.indexOf(foldedNeedle); at >= 0; at = folded.indexOf(foldedNeedle, at + 1)) {
            int last = at + foldedNeedle.length() - 1;
            boolean wholeWord = (at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1)))
                    && (last + 1 == folded.length() || !Character.isLetterOrDigit(folded.charAt(last + 1)));
            if (wholeWord && starts.get(at) >= copied) {
                out.append(value, copied, starts.get(at)).append(replacement);
                copied = ends.get(last);
            }
        }
        return out.append(value.substring(copied)).toString();
    }

    private static int nextCharacter(String text, int index) {
        return index + Character.charCount(text.codePointAt(index));
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
