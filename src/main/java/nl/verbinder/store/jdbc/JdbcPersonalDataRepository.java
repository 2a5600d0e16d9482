package nl.verbinder.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
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
 * (through the {@link Dialect}) so that tables added later are covered too, on both stores. The
 * search index tables are skipped: they follow their source tables. Which text is the person is
 * decided in Java ({@link PersonTraces}: case, accents, spacing, line breaks, phone notations),
 * so both stores find the same mentions. What a store does afterwards to let go of the removed
 * bytes is its own (SQLite: FTS5 'optimize' and the free-page purge; the server: VACUUM FULL).
 */
final class JdbcPersonalDataRepository implements PersonalDataRepository {

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

    private final Database database;

    JdbcPersonalDataRepository(Database database) {
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
            List<String> keys = database.dialect().rowKey(c, column[0]);
            String select = "SELECT " + quotedList(keys) + ", \"" + column[1] + "\" FROM " + column[0] + " WHERE \""
                    + column[1] + "\" IS NOT NULL";
            List<Object[]> updates = new ArrayList<>();
            try (PreparedStatement statement = c.prepareStatement(select); ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String value = rows.getString(keys.size() + 1);
                    List<Span> spans = traces.find(value);
                    if (!spans.isEmpty()) {
                        Object[] update = new Object[keys.size() + 1];
                        update[0] = PersonTraces.redact(value, spans, span -> true, replacement);
                        for (int i = 0; i < keys.size(); i++) {
                            update[i + 1] = keyValue(rows, i + 1);
                        }
                        updates.add(update);
                    }
                }
            } catch (SQLException e) {
                throw Sql.failure(e);
            }
            for (Object[] update : updates) {
                Sql.update(c, "UPDATE " + column[0] + " SET \"" + column[1] + "\" = ? WHERE " + keyCondition(keys),
                        update);
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
            count += Sql.integer(c, "SELECT count(*) FROM \"" + column.table() + "\" WHERE instr(fold(CAST(\""
                    + column.column() + "\" AS TEXT)), ?) > 0", folded);
        }
        return count;
    }

    @Override
    public List<PersonalData.Moment> momentsOf(long personId) {
        return moments("m.id IN (SELECT moment_id FROM contact_moment_person WHERE contact_person_id = ?1)", personId);
    }

    @Override
    public List<PersonalData.Import> importsOf(long personId) {
        return imports("contact-person", personId);
    }

    @Override
    public List<PersonalData.Moment> momentsOfTherapist(long therapistId) {
        return moments("""
                m.logged_by = ?1
                   OR m.id IN (SELECT moment_id FROM contact_moment_therapist WHERE therapist_id = ?1)""", therapistId);
    }

    @Override
    public List<PersonalData.Moment> momentsOfPartner(long partnerId) {
        return moments("m.partner_id = ?1", partnerId);
    }

    /** The moments that meet the condition (on {@code ?1}, the id), newest first, with their partner's name. */
    private List<PersonalData.Moment> moments(String condition, long id) {
        return Sql.list(database.connection(), """
                SELECT m.id, m.moment_date, m.kind, p.name, m.summary, m.offered, m.asked, m.follow_up
                FROM contact_moment m
                JOIN partner p ON p.id = m.partner_id
                WHERE %s
                ORDER BY m.moment_date DESC, m.id DESC
                """.formatted(condition), JdbcPersonalDataRepository::moment, id);
    }

    @Override
    public List<PersonalData.Import> importsOfPartner(long partnerId) {
        return imports("partner", partnerId);
    }

    /** The imports that created or filled the record ({@code entity}: the import record's name for its kind). */
    private List<PersonalData.Import> imports(String entity, long id) {
        return Sql.list(database.connection(), """
                SELECT r.id, r.source, r.file_name, r.imported_at, i.action, i.filled_fields, r.undone_at
                FROM import_record_item i
                JOIN import_record r ON r.id = i.import_id
                WHERE i.entity = ? AND i.entity_id = ?
                ORDER BY r.imported_at, r.id
                """, r -> new PersonalData.Import(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                r.getString(5), r.getString(6), r.getString(7)), entity, id);
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
     * Each person's newest moment comes from one grouped pass over the links, not a subquery per
     * person (which the server ran twice per person: 3.5 s against 2.2 s at 15,000 persons and
     * 450,000 links; on the file 1.0 s against 0.8 s).
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
                                ELSE coalesce(lm.last_moment, substr(c.created_at, 1, 10)) END AS since
                    FROM contact_person c JOIN partner p ON p.id = c.partner_id
                    LEFT JOIN (SELECT l.contact_person_id, max(m.moment_date) AS last_moment
                               FROM contact_moment_person l JOIN contact_moment m ON m.id = l.moment_id
                               GROUP BY l.contact_person_id) lm ON lm.contact_person_id = c.id) AS candidate
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
    private List<Row> rowsMentioning(Connection c, TextColumn column, PersonTraces traces, String ownTable,
                                     long ownId) {
        String select = "SELECT " + quotedList(column.keys()) + ", \"" + column.column() + "\" FROM \""
                + column.table() + "\" WHERE " + database.dialect().holdsText("\"" + column.column() + "\"");
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
                    key[i] = keyValue(result, i + 1);
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

    /** A key value as a number or a text (a tag's citext, a row's place on the server), to bind again as it was read. */
    private static Object keyValue(ResultSet result, int index) throws SQLException {
        Object value = result.getObject(index);
        return value == null || value instanceof Number ? value : result.getString(index);
    }

    private static String quotedList(List<String> columns) {
        return String.join(", ", columns.stream().map(JdbcPersonalDataRepository::quoted).toList());
    }

    /** A key column, quoted; SQLite's rowid and the server's ctid are not columns and stay as they are. */
    private static String quoted(String column) {
        return column.equals("rowid") || column.equals("ctid") ? column : "\"" + column + "\"";
    }

    /** {@code "a" = ? AND "b" = ?}; the server compares a row's place as text. */
    private static String keyCondition(List<String> keys) {
        return String.join(" AND ", keys.stream()
                .map(k -> k.equals("ctid") ? "ctid = CAST(? AS tid)" : quoted(k) + " = ?").toList());
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
        String keyCondition = keyCondition(column.keys());
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

    /**
     * Tries one value; false when a CHECK, NOT NULL or key constraint refuses it. A savepoint undoes
     * the refused statement alone (PostgreSQL would otherwise abort the whole transaction).
     */
    private static boolean tryUpdate(Connection c, String update, String value, Object[] key) {
        Savepoint savepoint;
        try {
            savepoint = c.setSavepoint();
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
        try (PreparedStatement statement = c.prepareStatement(update)) {
            statement.setObject(1, value);
            for (int i = 0; i < key.length; i++) {
                statement.setObject(i + 2, key[i]);
            }
            statement.executeUpdate();
        } catch (SQLException refused) {
            try {
                c.rollback(savepoint);
                c.releaseSavepoint(savepoint);
            } catch (SQLException e) {
                throw Sql.failure(e);
            }
            return false;
        }
        try {
            c.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
        return true;
    }

    /** Every text column of every table but the history and the search index, with the columns that pick out a row. */
    private List<TextColumn> textColumns(Connection c) {
        Dialect dialect = database.dialect();
        List<String> searchIndexes = dialect.searchIndexTables(c);
        Map<String, List<Dialect.Column>> info = new HashMap<>();
        List<String> tables = dialect.tables(c).stream().filter(t -> !searchIndexes.contains(t)).toList();
        for (String table : tables) {
            info.put(table, dialect.describe(c, table));
        }
        List<TextColumn> columns = new ArrayList<>();
        for (String name : tables) {
            if (name.startsWith("history_")) {
                continue; // the change history is not a record that mentions anyone: redactHistory cleans it
            }
            List<Dialect.Column> columnsOfTable = info.get(name);
            List<String> keys = dialect.rowKey(c, name);
            boolean versioned = hasVersion(columnsOfTable);
            List<Parent> parents = versioned ? List.of() : parents(c, name, info);
            for (Dialect.Column column : columnsOfTable) {
                if (column.text()) {
                    columns.add(new TextColumn(name, column.name(), keys, versioned, parents));
                }
            }
        }
        return columns;
    }

    private static boolean hasVersion(List<Dialect.Column> columns) {
        return columns != null && columns.stream().anyMatch(i -> i.name().equals("version"));
    }

    /** The versioned tables this table's rows belong to, by foreign key. */
    private List<Parent> parents(Connection c, String table, Map<String, List<Dialect.Column>> info) {
        List<Parent> parents = new ArrayList<>();
        for (Dialect.ForeignKey key : database.dialect().foreignKeys(c, table)) {
            List<Dialect.Column> parentColumns = info.get(key.parentTable());
            if (hasVersion(parentColumns)) {
                List<String> texts = parentColumns.stream().filter(Dialect.Column::text).map(Dialect.Column::name)
                        .toList();
                parents.add(new Parent(key.column(), key.parentTable(), key.parentColumn(), texts));
            }
        }
        return parents;
    }
}
