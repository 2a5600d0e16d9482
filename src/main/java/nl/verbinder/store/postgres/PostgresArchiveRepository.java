package nl.verbinder.store.postgres;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.store.ArchiveRepository;
import nl.verbinder.store.jdbc.ArchiveRows;
import nl.verbinder.store.jdbc.Sql;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The server's tables as a backup holds them: the same tables and columns as SQLite's (a test
 * compares the schemas), in the order they were made; the search table rebuilds itself and the
 * stored {@code give_ask} column is computed, so neither is in a backup.
 */
final class PostgresArchiveRepository implements ArchiveRepository {

    private static final List<String> ROOT_TABLES = List.of("partner", "therapist", "shared_goal", "environment_note",
            "import_record");

    private final PostgresDatabase database;

    PostgresArchiveRepository(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    public List<Table> tables() {
        return tables(database.connection());
    }

    static List<Table> tables(Connection c) {
        List<String> names = Sql.list(c, """
                SELECT t.relname FROM pg_class t
                JOIN pg_namespace n ON n.oid = t.relnamespace
                WHERE n.nspname = current_schema() AND t.relkind = 'r'
                  AND t.relname NOT IN ('flyway_schema_history', 'partner_search')
                ORDER BY t.oid
                """, row -> row.getString(1));
        List<Table> tables = new ArrayList<>();
        for (String name : names) {
            long count = Sql.one(c, "SELECT count(*) FROM " + quote(name), row -> row.getLong(1)).orElse(0L);
            tables.add(new Table(name, columns(c, name), count));
        }
        return tables;
    }

    static List<String> columns(Connection c, String table) {
        return Sql.list(c, """
                SELECT column_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name = ? AND is_generated = 'NEVER'
                ORDER BY ordinal_position
                """, row -> row.getString(1), table);
    }

    /** The primary key's columns, in order. */
    static List<String> keyColumns(Connection c, String table) {
        return Sql.list(c, """
                SELECT a.attname FROM pg_constraint k
                CROSS JOIN LATERAL unnest(k.conkey) WITH ORDINALITY AS key(attnum, position)
                JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = key.attnum
                WHERE k.conrelid = CAST(? AS regclass) AND k.contype = 'p' ORDER BY key.position
                """, row -> row.getString(1), quote(table));
    }

    @Override
    public void readRows(Table table, RowVisitor visitor) {
        readRows(database.connection(), table, visitor);
    }

    static void readRows(Connection c, Table table, RowVisitor visitor) {
        List<String> keys = keyColumns(c, table.name());
        String sql = "SELECT " + String.join(", ", table.columns().stream().map(PostgresArchiveRepository::quote).toList())
                + " FROM " + quote(table.name())
                + (keys.isEmpty() ? "" : " ORDER BY " + String.join(", ", keys.stream().map(PostgresArchiveRepository::quote).toList()));
        try (Statement statement = c.createStatement()) {
            statement.setFetchSize(1_000); // a cursor, not the whole table in memory
            try (ResultSet rows = statement.executeQuery(sql)) {
                ArchiveRows.visit(rows, table.columns().size(), PostgresArchiveRepository::backupValue, visitor);
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    /** A number or text as it is; any other kind as the text PostgreSQL gives for it. */
    private static Object backupValue(ResultSet rows, int column) throws SQLException {
        Object value = rows.getObject(column);
        return value == null || value instanceof Number || value instanceof String ? value : rows.getString(column);
    }

    @Override
    public boolean isEmpty() {
        return isEmpty(database.connection());
    }

    static boolean isEmpty(Connection c) {
        for (String table : ROOT_TABLES) {
            if (Sql.integer(c, "SELECT CASE WHEN EXISTS (SELECT 1 FROM " + quote(table) + ") THEN 1 ELSE 0 END") == 1) {
                return false;
            }
        }
        return Sql.integer(c, "SELECT count(*) FROM practice_profile WHERE version <> 0") == 0;
    }

    /**
     * Rows go straight into this (empty) database, on a connection of their own, in one
     * transaction that {@link Staging#restoreIntoLive()} commits; closing before that rolls all of
     * it back. Only rows of this schema version: a backup of an older version is first brought up
     * to date in a temporary SQLite file, then copied here ({@code app.PostgresWiring}).
     */
    @Override
    public Staging stage(int schemaVersion) {
        if (schemaVersion != PostgresMigrations.LATEST_VERSION) {
            throw new IllegalStateException("The server stages only schema version " + PostgresMigrations.LATEST_VERSION
                    + ", not " + schemaVersion + "; an older backup goes through a temporary SQLite file first");
        }
        return new PostgresStaging(database.open());
    }

    private static final class PostgresStaging implements Staging {

        /** Text gathered before it is handed to the server's COPY (about 1 MB). */
        private static final int CHUNK = 1 << 20;

        private final Connection c;
        private final StringBuilder pending = new StringBuilder();
        private CopyIn copy;
        private String copyTable;
        private boolean done;

        PostgresStaging(Connection c) {
            this.c = c;
            if (!isEmpty(c)) {
                close();
                throw new VerbinderException("transfer.restore.not-empty", "PostgreSQL");
            }
            // The copy carries its own history: the rows put in are not new changes (as on SQLite).
            historyTriggers("DISABLE");
        }

        private void historyTriggers(String action) {
            List<String[]> triggers = Sql.list(c, """
                    SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                    WHERE NOT t.tgisinternal AND t.tgname LIKE 'history\\_%' AND c.relnamespace = current_schema()::regnamespace
                    ORDER BY c.relname, t.tgname
                    """, r -> new String[] {r.getString(1), r.getString(2)});
            for (String[] trigger : triggers) {
                Sql.update(c, "ALTER TABLE " + quote(trigger[0]) + " " + action + " TRIGGER " + quote(trigger[1]));
            }
        }

        @Override
        public List<String> columns(String table) {
            sendPending();
            return PostgresArchiveRepository.columns(c, table);
        }

        @Override
        public void clear(String table) {
            sendPending();
            Sql.update(c, "DELETE FROM " + quote(table));
        }

        /**
         * Rows go in with {@code COPY … FROM STDIN} in the text format, one table at a time: many
         * times faster than an INSERT per row. Every stored column is an integer or text (the
         * schema has no other kinds), written as the text PostgreSQL reads back the same.
         */
        @Override
        public void insert(String table, List<String> columns, List<Object> values) {
            if (!table.equals(copyTable)) {
                sendPending();
                try {
                    copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + quote(table) + " ("
                            + String.join(", ", columns.stream().map(PostgresArchiveRepository::quote).toList())
                            + ") FROM STDIN");
                } catch (SQLException e) {
                    throw Sql.failure(e);
                }
                copyTable = table;
            }
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    pending.append('\t');
                }
                appendCopyText(pending, values.get(i));
            }
            pending.append('\n');
            if (pending.length() >= CHUNK) {
                writePending();
            }
        }

        /** A value as COPY's text format has it: {@code \N} for none, backslash escapes for the rest. */
        static void appendCopyText(StringBuilder out, Object value) {
            if (value == null) {
                out.append("\\N");
                return;
            }
            String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value.toString();
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                switch (ch) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(ch);
                }
            }
        }

        private void writePending() {
            byte[] bytes = pending.toString().getBytes(StandardCharsets.UTF_8);
            pending.setLength(0);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw Sql.failure(e);
            }
        }

        /** Ends the running COPY, if any: the connection is free for other statements again. */
        private void sendPending() {
            if (copy == null) {
                return;
            }
            writePending();
            try {
                copy.endCopy();
            } catch (SQLException e) {
                throw Sql.failure(e);
            }
            copy = null;
            copyTable = null;
        }

        @Override
        public void restoreIntoLive() {
            sendPending();
            PostgresDialect.INSTANCE.afterExplicitIds(c);
            historyTriggers("ENABLE");
            try {
                c.commit();
                done = true;
            } catch (SQLException e) {
                throw Sql.failure(e);
            }
        }

        @Override
        public void close() {
            try {
                if (copy != null && copy.isActive()) {
                    copy.cancelCopy();
                }
                if (!done) {
                    c.rollback();
                }
                c.close();
            } catch (SQLException e) {
                // Closing a connection whose work is over or undone; nothing left to do.
            }
        }
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
