package nl.verbinder.store.postgres;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import nl.verbinder.domain.Texts;
import nl.verbinder.store.jdbc.Dialect;
import nl.verbinder.store.jdbc.Sql;

/**
 * PostgreSQL's own statements. Search: {@code partner_search.document} holds each partner's
 * words folded and separated by single spaces, each field between {@code |} (see V2); every word
 * the user typed must start a word there, the words of one typed word (split where it has no
 * letters or digits, as FTS5 does) one after another: {@code document LIKE '% lin%'}.
 */
final class PostgresDialect implements Dialect {

    static final PostgresDialect INSTANCE = new PostgresDialect();

    private PostgresDialect() {
    }

    @Override
    public String partnerSearch(String search, List<Object> params) {
        if (Texts.isBlank(search)) {
            return null;
        }
        List<String> conditions = new ArrayList<>();
        for (String word : Texts.fold(search).split("\\s+")) {
            String tokens = String.join(" ", List.of(word.split("[^\\p{L}\\p{N}]+")).stream()
                    .filter(t -> !t.isEmpty()).toList());
            if (!tokens.isEmpty()) {
                conditions.add("s.document LIKE ?");
                params.add("% " + escapeLike(tokens) + "%");
            }
        }
        if (conditions.isEmpty()) {
            return null;
        }
        return "p.id IN (SELECT s.partner_id FROM partner_search s WHERE " + String.join(" AND ", conditions) + ")";
    }

    @Override
    public String joined(String expression, String separator) {
        return "string_agg(CAST(" + expression + " AS text), " + separator + ")";
    }

    @Override
    public String idIn(String column, Collection<Long> ids, List<Object> params) {
        params.add(ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(",", "{", "}")));
        return column + " = ANY (CAST(? AS bigint[]))";
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Every identity column's sequence continues after the highest id in its table. */
    @Override
    public void afterExplicitIds(Connection c) {
        List<String> tables = Sql.list(c, """
                SELECT table_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND column_name = 'id' AND is_identity = 'YES'
                """, row -> row.getString(1));
        for (String table : tables) {
            Sql.list(c, "SELECT setval(pg_get_serial_sequence(?, 'id'), coalesce((SELECT max(id) FROM \"" + table
                    + "\"), 0) + 1, false)", row -> row.getLong(1), table);
        }
    }

    @Override
    public List<String> tables(Connection c) {
        return Sql.list(c, """
                SELECT tablename FROM pg_tables
                WHERE schemaname = current_schema() AND tablename <> 'flyway_schema_history'
                ORDER BY tablename
                """, r -> r.getString(1));
    }

    @Override
    public List<String> columns(Connection c, String table) {
        return Sql.list(c, """
                SELECT column_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = ? AND is_generated = 'NEVER'
                ORDER BY ordinal_position
                """, r -> r.getString(1), table);
    }

    @Override
    public List<ForeignKey> foreignKeys(Connection c, String table) {
        return Sql.list(c, """
                SELECT a.attname, parent.relname, pa.attname
                FROM pg_constraint k
                JOIN pg_class child ON child.oid = k.conrelid
                JOIN pg_class parent ON parent.oid = k.confrelid
                JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
                JOIN pg_attribute pa ON pa.attrelid = k.confrelid AND pa.attnum = k.confkey[1]
                WHERE k.contype = 'f' AND child.relname = ? AND child.relnamespace = current_schema()::regnamespace
                ORDER BY k.conname
                """, r -> new ForeignKey(r.getString(1), r.getString(2), r.getString(3)), table);
    }

    /** The transaction's own settings (see PostgresDatabase.write and V5's history_context_now). */
    @Override
    public String historyContext() {
        return "SELECT changed_at, actor_id, actor, change_set FROM history_context_now()";
    }

    /** Text is every string type: {@code text}, {@code citext} (tags), {@code varchar}. */
    @Override
    public List<Column> describe(Connection c, String table) {
        return Sql.list(c, """
                SELECT a.attname, t.typcategory = 'S',
                       coalesce(array_position(k.conkey, a.attnum), 0)
                FROM pg_attribute a
                JOIN pg_class r ON r.oid = a.attrelid
                JOIN pg_type t ON t.oid = a.atttypid
                LEFT JOIN pg_constraint k ON k.conrelid = r.oid AND k.contype = 'p'
                WHERE r.relname = ? AND r.relnamespace = current_schema()::regnamespace
                  AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
                ORDER BY a.attnum
                """, r -> new Column(r.getString(1), r.getBoolean(2), r.getInt(3)), table);
    }

    /** The primary key (every table of the schema has one; else the row's place). */
    @Override
    public List<String> rowKey(Connection c, String table) {
        List<String> key = describe(c, table).stream().filter(column -> column.keyPosition() > 0)
                .sorted(Comparator.comparingInt(Column::keyPosition)).map(Column::name).toList();
        return key.isEmpty() ? List.of("ctid") : key;
    }

    /** The search table of V2, rebuilt by triggers from partners, their tags and contact persons. */
    @Override
    public List<String> searchIndexTables(Connection c) {
        return List.of("partner_search");
    }

    @Override
    public String holdsText(String column) {
        return column + " IS NOT NULL";
    }
}
