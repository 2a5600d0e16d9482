package nl.verbinder.store.sqlite;

import nl.verbinder.store.jdbc.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import nl.verbinder.domain.Mention;
import nl.verbinder.domain.MentionKind;
import nl.verbinder.domain.PersonTraces;
import nl.verbinder.domain.PersonTraces.Span;
import nl.verbinder.domain.PersonalData;
import nl.verbinder.domain.RetentionCandidate;
import nl.verbinder.domain.Texts;
import nl.verbinder.store.PersonalDataRepository;

/**
 * Finds a person's traces in every text column of every table, read from the schema itself
 * so that tables added later are covered too. Full-text index tables are skipped: they
 * follow their source tables.
 */
final class SqlitePersonalDataRepository implements PersonalDataRepository {

    /** A table a changed row belongs to, through a foreign key: a tag's partner. */
    private record Parent(String childColumn, String table, String column, List<String> textColumns) {
    }

    private record TextColumn(String table, String column, List<String> keys, boolean versioned,
                              List<Parent> parents) {

        boolean partOfKey() {
            return keys.contains(column);
        }

        String recordType() {
            return table.replace('_', '-');
        }
    }

    private record Row(Object[] key, String value) {

        String id() {
            return String.join("/", Arrays.stream(key).map(String::valueOf).toList());
        }
    }

    /** How the user knows a record of each table, by its first key column; other tables show their key. */
    private static final Map<String, String> LABELS = Map.of(
            "partner", "SELECT name FROM partner WHERE id = ?",
            "partner_tag", "SELECT name FROM partner WHERE id = ?",
            "contact_person", "SELECT name FROM contact_person WHERE id = ?",
            "contact_moment", """
                    SELECT m.moment_date || ' · ' || p.name
                    FROM contact_moment m JOIN partner p ON p.id = m.partner_id WHERE m.id = ?""",
            "shared_goal", "SELECT title FROM shared_goal WHERE id = ?",
            "environment_note", "SELECT title FROM environment_note WHERE id = ?",
            "therapist", "SELECT name FROM therapist WHERE id = ?",
            "practice_profile", "SELECT name FROM practice_profile WHERE id = ?",
            "attention_snooze", "SELECT name FROM partner WHERE id = ?",
            "import_record", "SELECT substr(imported_at, 1, 10) FROM import_record WHERE id = ?");

    private static final int SNIPPET_WIDTH = 40;

    private final SqliteDatabase database;

    SqlitePersonalDataRepository(SqliteDatabase database) {
        this.database = database;
    }

    @Override
    public List<Mention> findMentions(PersonTraces traces, long personId) {
        return findMentions(traces, "contact_person", personId);
    }

    @Override
    public List<Mention> findMentions(PersonTraces traces, String ownTable, long ownId) {
        Connection c = database.connection();
        List<Mention> mentions = new ArrayList<>();
        for (TextColumn column : textColumns(c)) {
            for (Row row : rowsMentioning(c, column, traces, ownTable, ownId)) {
                String label = label(c, column, row);
                for (Located found : located(traces.find(row.value()))) {
                    Span span = found.span();
                    mentions.add(new Mention(column.recordType(), row.id(), label, column.column(), found.ordinal(),
                            span.kind(), row.value().substring(span.start(), span.end()),
                            PersonTraces.snippet(row.value(), span, SNIPPET_WIDTH)));
                }
            }
        }
        return mentions;
    }

    @Override
    public int redact(PersonTraces traces, long personId, Predicate<Mention> chosen, String replacement) {
        Connection c = database.connection();
        int changed = 0;
        for (TextColumn column : textColumns(c)) {
            for (Row row : rowsMentioning(c, column, traces, "contact_person", personId)) {
                List<Span> spans = traces.find(row.value());
                List<Span> going = located(spans).stream()
                        .filter(l -> chosen.test(new Mention(column.recordType(), row.id(), "", column.column(),
                                l.ordinal(), l.span().kind(), row.value().substring(l.span().start(), l.span().end()),
                                "")))
                        .map(Located::span).toList();
                if (going.isEmpty()) {
                    continue;
                }
                String redacted = PersonTraces.redact(row.value(), spans, going::contains, replacement);
                write(c, column, row.key(), redacted, replacement);
                changed++;
            }
        }
        return changed;
    }

    @Override
    public int redactHistory(PersonTraces traces, String replacement) {
        Connection c = database.connection();
        int changed = 0;
        for (String[] column : new String[][] {{"history_field", "old_value"}, {"history_field", "new_value"},
                {"history_change", "label"}}) {
            String select = "SELECT rowid, \"" + column[1] + "\" FROM " + column[0] + " WHERE \"" + column[1]
                    + "\" IS NOT NULL";
            List<Object[]> updates = new ArrayList<>();
            try (PreparedStatement statement = c.prepareStatement(select); ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String value = rows.getString(2);
                    List<Span> spans = traces.find(value);
                    if (!spans.isEmpty()) {
                        updates.add(new Object[] {PersonTraces.redact(value, spans, span -> true, replacement),
                                rows.getLong(1)});
                    }
                }
            } catch (SQLException e) {
                throw Sql.failure(e);
            }
            for (Object[] update : updates) {
                Sql.update(c, "UPDATE " + column[0] + " SET \"" + column[1] + "\" = ? WHERE rowid = ?", update);
            }
            changed += updates.size();
        }
        return changed;
    }

    @Override
    public void markReferencesChanged(long personId) {
        Sql.update(database.connection(), """
                UPDATE contact_moment SET version = version + 1
                WHERE id IN (SELECT moment_id FROM contact_moment_person WHERE contact_person_id = ?)
                """, personId);
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
     * Until FTS5 merges its segments, the tokens of a deleted row stay in older ones, so an
     * erased name would still be in the file; 'optimize' rewrites each index into one segment.
     * It is an ordinary write, so it commits with the erase or not at all.
     */
    public void compactSearchIndexes() {
        Connection c = database.connection();
        List<String> ftsTables = Sql.list(c, "SELECT name FROM sqlite_master WHERE type = 'table' "
                + "AND upper(sql) LIKE 'CREATE VIRTUAL TABLE%USING FTS5%'", row -> row.getString(1));
        for (String table : ftsTables) {
            Sql.execute(c, "INSERT INTO \"" + table + "\" (\"" + table + "\") VALUES ('optimize')");
        }
    }

    /**
     * Freed pages are overwritten as they are freed (secure_delete). This compacts the search
     * indexes (for callers that did not in their transaction), then copies the log into the
     * file and truncates the log, so neither holds the old pages any more. A reader in another
     * process can keep part of the log in use: then the checkpoint is incomplete.
     */
    public boolean purgeFreedSpace() {
        boolean[] complete = {false};
        database.withWriterOutsideTransaction(c -> {
            List<String> ftsTables = Sql.list(c, "SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND upper(sql) LIKE 'CREATE VIRTUAL TABLE%USING FTS5%'", row -> row.getString(1));
            for (String table : ftsTables) {
                Sql.execute(c, "INSERT INTO \"" + table + "\" (\"" + table + "\") VALUES ('optimize')");
            }
            List<int[]> result = Sql.list(c, "PRAGMA wal_checkpoint(TRUNCATE)",
                    row -> new int[] {row.getInt(1), row.getInt(2), row.getInt(3)});
            int[] r = result.getFirst();
            complete[0] = r[0] == 0 && r[1] == r[2];
        });
        return complete[0];
    }

    @Override
    public List<PersonalData.Moment> momentsOf(long personId) {
        return Sql.list(database.connection(), """
                SELECT m.id, m.moment_date, m.kind, p.name, m.summary, m.offered, m.asked, m.follow_up
                FROM contact_moment_person l
                JOIN contact_moment m ON m.id = l.moment_id
                JOIN partner p ON p.id = m.partner_id
                WHERE l.contact_person_id = ?
                ORDER BY m.moment_date DESC, m.id DESC
                """, r -> new PersonalData.Moment(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                r.getString(5), r.getString(6), r.getString(7), r.getString(8)), personId);
    }

    @Override
    public List<PersonalData.Import> importsOf(long personId) {
        return Sql.list(database.connection(), """
                SELECT r.id, r.source, r.file_name, r.imported_at, i.action, i.filled_fields, r.undone_at
                FROM import_record_item i
                JOIN import_record r ON r.id = i.import_id
                WHERE i.entity = 'contact-person' AND i.entity_id = ?
                ORDER BY r.imported_at, r.id
                """, r -> new PersonalData.Import(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                r.getString(5), r.getString(6), r.getString(7)), personId);
    }

    @Override
    public List<PersonalData.Moment> momentsOfTherapist(long therapistId) {
        return Sql.list(database.connection(), """
                SELECT m.id, m.moment_date, m.kind, p.name, m.summary, m.offered, m.asked, m.follow_up
                FROM contact_moment m
                JOIN partner p ON p.id = m.partner_id
                WHERE m.logged_by = ?1
                   OR m.id IN (SELECT moment_id FROM contact_moment_therapist WHERE therapist_id = ?1)
                ORDER BY m.moment_date DESC, m.id DESC
                """, SqlitePersonalDataRepository::moment, therapistId);
    }

    @Override
    public List<PersonalData.Moment> momentsOfPartner(long partnerId) {
        return Sql.list(database.connection(), """
                SELECT m.id, m.moment_date, m.kind, p.name, m.summary, m.offered, m.asked, m.follow_up
                FROM contact_moment m
                JOIN partner p ON p.id = m.partner_id
                WHERE m.partner_id = ?
                ORDER BY m.moment_date DESC, m.id DESC
                """, SqlitePersonalDataRepository::moment, partnerId);
    }

    @Override
    public List<PersonalData.Import> importsOfPartner(long partnerId) {
        return Sql.list(database.connection(), """
                SELECT r.id, r.source, r.file_name, r.imported_at, i.action, i.filled_fields, r.undone_at
                FROM import_record_item i
                JOIN import_record r ON r.id = i.import_id
                WHERE i.entity = 'partner' AND i.entity_id = ?
                ORDER BY r.imported_at, r.id
                """, r -> new PersonalData.Import(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                r.getString(5), r.getString(6), r.getString(7)), partnerId);
    }

    private static PersonalData.Moment moment(ResultSet r) throws SQLException {
        return new PersonalData.Moment(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                r.getString(6), r.getString(7), r.getString(8));
    }

    @Override
    public List<String> searchedColumns() {
        return textColumns(database.connection()).stream().map(c -> c.table() + "." + c.column()).toList();
    }

    /**
     * A person's last activity is the newest contact moment they took part in, or else the day
     * their record was made; a partnership's end is the last change of a partner with status
     * ended (the status change is its last change, unless the partner was edited later).
     */
    @Override
    public List<RetentionCandidate> retentionCandidates(LocalDate cutoff) {
        return Sql.list(database.connection(), """
                SELECT id, name, partner_name, reason, since FROM (
                    SELECT c.id, c.name, p.name AS partner_name,
                           CASE WHEN p.status = 'ended' AND substr(p.updated_at, 1, 10) < :cutoff
                                THEN 'partner-ended' ELSE 'no-contact' END AS reason,
                           CASE WHEN p.status = 'ended' AND substr(p.updated_at, 1, 10) < :cutoff
                                THEN substr(p.updated_at, 1, 10)
                                ELSE coalesce((SELECT max(m.moment_date) FROM contact_moment_person l
                                               JOIN contact_moment m ON m.id = l.moment_id
                                               WHERE l.contact_person_id = c.id),
                                              substr(c.created_at, 1, 10)) END AS since
                    FROM contact_person c JOIN partner p ON p.id = c.partner_id)
                WHERE reason = 'partner-ended' OR since < :cutoff
                ORDER BY since, name COLLATE NOCASE, id
                """.replace(":cutoff", "?1"), r -> new RetentionCandidate(r.getLong(1), r.getString(2),
                r.getString(3), nl.verbinder.domain.Coded.fromCode(RetentionCandidate.Reason.class, r.getString(4)),
                LocalDate.parse(r.getString(5))), cutoff.toString());
    }

    private record Located(Span span, int ordinal) {
    }

    /** The spans with their number among the mentions of the same kind in the field. */
    private static List<Located> located(List<Span> spans) {
        Map<MentionKind, Integer> seen = new EnumMap<>(MentionKind.class);
        List<Located> located = new ArrayList<>();
        for (Span span : spans) {
            int ordinal = seen.merge(span.kind(), 1, Integer::sum) - 1;
            located.add(new Located(span, ordinal));
        }
        return located;
    }

    /** The rows whose text in this column mentions the person, leaving out the person's own record. */
    private static List<Row> rowsMentioning(Connection c, TextColumn column, PersonTraces traces, String ownTable,
                                            long ownId) {
        String keyList = String.join(", ", column.keys().stream().map(k -> "\"" + k + "\"").toList());
        String select = "SELECT " + keyList + ", \"" + column.column() + "\" FROM \"" + column.table()
                + "\" WHERE typeof(\"" + column.column() + "\") = 'text'";
        List<Row> rows = new ArrayList<>();
        int width = column.keys().size();
        try (PreparedStatement statement = c.prepareStatement(select); ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                String value = result.getString(width + 1);
                if (traces.find(value).isEmpty()) {
                    continue;
                }
                Object[] key = new Object[width];
                for (int i = 0; i < width; i++) {
                    key[i] = result.getObject(i + 1);
                }
                if (column.table().equals(ownTable) && key[0] instanceof Number id && id.longValue() == ownId) {
                    continue;
                }
                rows.add(new Row(key, value));
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
        return rows;
    }

    private static String label(Connection c, TextColumn column, Row row) {
        String sql = LABELS.get(column.table());
        if (sql == null) {
            return row.id();
        }
        return Sql.one(c, sql, r -> r.getString(1), row.key()[0]).orElse(row.id());
    }

    /**
     * Sets the new value and raises the record's version; falls back to empty, then to the
     * replacement text, then deletes a line that cannot do without it (a tag). A line without
     * a version of its own raises its parent's version instead.
     */
    private static void write(Connection c, TextColumn column, Object[] key, String value, String replacement) {
        String keyCondition = String.join(" AND ", column.keys().stream().map(k -> "\"" + k + "\" = ?").toList());
        List<Object> parentKeys = new ArrayList<>();
        for (Parent parent : column.parents()) {
            parentKeys.add(Sql.one(c, "SELECT \"" + parent.childColumn() + "\" FROM \"" + column.table() + "\" WHERE "
                    + keyCondition, r -> r.getObject(1), key).orElse(null));
        }
        String update = "UPDATE \"" + column.table() + "\" SET \"" + column.column() + "\" = ?"
                + (column.versioned() ? ", version = version + 1" : "") + " WHERE " + keyCondition;
        boolean written = false;
        if (value != null || !column.partOfKey()) {
            String[] candidates = value == null ? new String[] {null, replacement} : new String[] {value, null, replacement};
            for (String candidate : candidates) {
                if (tryUpdate(c, update, candidate, key)) {
                    written = true;
                    break;
                }
            }
        }
        if (!written) {
            Sql.update(c, "DELETE FROM \"" + column.table() + "\" WHERE " + keyCondition, key);
        }
        for (int i = 0; i < column.parents().size(); i++) {
            Parent parent = column.parents().get(i);
            if (parentKeys.get(i) != null) {
                // Setting the text columns to themselves fires the parent's UPDATE OF triggers,
                // which rebuild its search row from the changed lines (tag updates have no trigger).
                String touch = String.join("", parent.textColumns().stream().map(t -> ", \"" + t + "\" = \"" + t + "\"")
                        .toList());
                Sql.update(c, "UPDATE \"" + parent.table() + "\" SET version = version + 1" + touch + " WHERE \""
                        + parent.column() + "\" = ?", parentKeys.get(i));
            }
        }
    }

    private static boolean tryUpdate(Connection c, String update, String value, Object[] key) {
        try (PreparedStatement statement = c.prepareStatement(update)) {
            statement.setObject(1, value);
            for (int i = 0; i < key.length; i++) {
                statement.setObject(i + 2, key[i]);
            }
            statement.executeUpdate();
            return true;
        } catch (SQLException e) {
            // A CHECK, NOT NULL or key constraint refused this value; SQLite undid only this statement.
            return false;
        }
    }

    /** Every TEXT column of every ordinary table, with the columns that identify a row. */
    private static List<TextColumn> textColumns(Connection c) {
        List<String[]> tables = Sql.list(c, "SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                + "AND name NOT LIKE 'sqlite_%' AND name <> 'flyway_schema_history'",
                row -> new String[] {row.getString(1), row.getString(2)});
        List<String> virtualTables = tables.stream()
                .filter(t -> t[1] != null && t[1].toUpperCase(Locale.ROOT).startsWith("CREATE VIRTUAL TABLE"))
                .map(t -> t[0]).toList();
        Map<String, List<String[]>> info = new HashMap<>();
        for (String[] table : tables) {
            info.put(table[0], Sql.list(c, "SELECT name, type, pk FROM pragma_table_info(?)",
                    row -> new String[] {row.getString(1), row.getString(2), row.getString(3)}, table[0]));
        }
        List<TextColumn> columns = new ArrayList<>();
        for (String[] table : tables) {
            String name = table[0];
            if (virtualTables.contains(name) || virtualTables.stream().anyMatch(v -> name.startsWith(v + "_"))) {
                continue;
            }
            if (name.startsWith("history_")) {
                continue; // the change history is not a record that mentions anyone: redactHistory cleans it
            }
            boolean withoutRowid = table[1] != null && table[1].toUpperCase(Locale.ROOT).contains("WITHOUT ROWID");
            List<String[]> columnsOfTable = info.get(name);
            List<String> keys = withoutRowid
                    ? columnsOfTable.stream().filter(i -> !i[2].equals("0"))
                            .sorted(Comparator.comparing(i -> Integer.parseInt(i[2]))).map(i -> i[0]).toList()
                    : List.of("rowid");
            boolean versioned = hasVersion(columnsOfTable);
            List<Parent> parents = versioned ? List.of() : parents(c, name, info);
            for (String[] column : columnsOfTable) {
                if (column[1] != null && column[1].toUpperCase(Locale.ROOT).contains("TEXT")) {
                    columns.add(new TextColumn(name, column[0], keys, versioned, parents));
                }
            }
        }
        return columns;
    }

    private static boolean hasVersion(List<String[]> columns) {
        return columns != null && columns.stream().anyMatch(i -> i[0].equals("version"));
    }

    /** The versioned tables this table's rows belong to, by foreign key. */
    private static List<Parent> parents(Connection c, String table, Map<String, List<String[]>> info) {
        List<Parent> parents = new ArrayList<>();
        for (String[] key : Sql.list(c, "SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?)",
                row -> new String[] {row.getString(1), row.getString(2), row.getString(3)}, table)) {
            List<String[]> parentColumns = info.get(key[0]);
            if (hasVersion(parentColumns)) {
                List<String> texts = parentColumns.stream()
                        .filter(i -> i[1] != null && i[1].toUpperCase(Locale.ROOT).contains("TEXT")).map(i -> i[0])
                        .toList();
                parents.add(new Parent(key[1], key[0], key[2] == null ? "id" : key[2], texts));
            }
        }
        return parents;
    }
}
