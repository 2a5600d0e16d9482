package nl.verbinder.store.sqlite;

import nl.verbinder.store.jdbc.ArchiveRows;
import nl.verbinder.store.jdbc.Sql;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.store.ArchiveRepository;
import nl.verbinder.store.DatabaseFileException;
import nl.verbinder.store.StoreException;
import nl.verbinder.store.TemporaryFiles;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;

/**
 * Backups of the SQLite file: tables read row by row for JSON, the file copied with SQLite's
 * online backup API, and restores that build the new content in a private folder next to the
 * database and then put it in place with the backup API in one step, so the live database is
 * either untouched or completely restored.
 */
final class SqliteArchiveRepository implements ArchiveRepository {

    /** The tables a user's data starts from; everything else hangs on them or is filled by migrations. */
    private static final List<String> ROOT_TABLES =
            List.of("partner", "therapist", "shared_goal", "environment_note", "import_record", "trash_item");

    private final SqliteDatabase database;
    private final Clock clock;

    SqliteArchiveRepository(SqliteDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public List<Table> tables() {
        return tables(database.connection(), database.damage().isPresent());
    }

    @Override
    public void readRows(Table table, RowVisitor visitor) {
        Connection c = database.connection();
        boolean withoutRowid = Sql.integer(c, "SELECT wr FROM pragma_table_list WHERE schema = 'main' AND name = ?",
                table.name()) == 1;
        String sql = "SELECT " + columnList(table.columns()) + " FROM " + quote(table.name())
                + (withoutRowid ? "" : " ORDER BY rowid");
        try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            ArchiveRows.visit(rows, table.columns().size(), (row, column) -> {
                Object value = row.getObject(column);
                if (value instanceof byte[]) {
                    throw new IllegalStateException("Backups hold no binary columns; found one in " + table.name());
                }
                return value;
            }, visitor);
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    @Override
    public boolean isEmpty() {
        return isEmpty(database.connection());
    }

    public void copyDatabaseTo(Path file) {
        database.withWriterOutsideTransaction(c -> {
            try {
                c.unwrap(SQLiteConnection.class).getDatabase().backup("main", file.toString(), null);
            } catch (SQLException e) {
                if (Sql.kindOf(e) == Sql.Kind.DISK_FULL || Sql.kindOf(e) == Sql.Kind.BUSY) {
                    throw Sql.failure(e); // said as what it is: a full disk, another task writing
                }
                throw new StoreException("transfer.backup.db.failed", e, file.toString(), String.valueOf(e.getMessage()));
            }
        });
        // The copy inherits WAL mode; a backup should be one self-contained file, so it goes back to
        // a rollback journal (which also removes the -wal and -shm files) before it is checked.
        try (Connection copy = new SQLiteConfig().createConnection("jdbc:sqlite:" + file)) {
            Sql.one(copy, "PRAGMA journal_mode = DELETE", row -> row.getString(1));
            String check = Sql.one(copy, "PRAGMA quick_check", row -> row.getString(1)).orElse("");
            if (!check.equals("ok")) {
                throw new StoreException("transfer.backup.db.failed", null, file.toString(), check);
            }
        } catch (SQLException e) {
            throw new StoreException("transfer.backup.db.failed", e, file.toString(), String.valueOf(e.getMessage()));
        }
    }

    public void restoreDatabaseFrom(Path file) {
        refuseUnlessEmpty();
        try (Folder folder = Folder.nextTo(database.file())) {
            Path staged = folder.path().resolve("restore.db");
            try {
                Files.copy(file, staged);
                Path wal = file.resolveSibling(file.getFileName() + "-wal");
                if (Files.exists(wal)) {
                    // A copy of a database that was still open elsewhere: its last changes are in the WAL.
                    Files.copy(wal, staged.resolveSibling(staged.getFileName() + "-wal"));
                }
                DatabaseFile.restrictToOwner(staged);
            } catch (IOException e) {
                throw new StoreException("transfer.restore.cannot-read", e, file.toString(), String.valueOf(e.getMessage()));
            }
            try {
                new DatabaseFile(staged, clock).prepare();
            } catch (DatabaseFileException e) {
                // Say it about the user's file, not about the private copy.
                List<Object> extra = e.args().subList(1, e.args().size());
                throw new DatabaseFileException(e.reason(), file, e.getCause(), extra.toArray());
            }
            putInPlace(staged);
        }
    }

    @Override
    public Staging stage(int schemaVersion) {
        refuseUnlessEmpty();
        return new SqliteStaging(Folder.nextTo(database.file()), schemaVersion);
    }

    private void refuseUnlessEmpty() {
        boolean empty = database.read(() -> isEmpty(database.connection()));
        if (!empty) {
            throw new VerbinderException("transfer.restore.not-empty", database.file().toString());
        }
    }

    /** Replaces the live database with the staged file, under the write lock, if it is still empty. */
    private void putInPlace(Path staged) {
        database.withWriterOutsideTransaction(c -> {
            if (!isEmpty(c)) {
                throw new VerbinderException("transfer.restore.not-empty", database.file().toString());
            }
            try {
                c.unwrap(SQLiteConnection.class).getDatabase().restore("main", staged.toString(), null);
            } catch (SQLException e) {
                throw new StoreException("transfer.restore.failed", e, String.valueOf(e.getMessage()));
            }
        });
    }

    private static boolean isEmpty(Connection c) {
        for (String table : ROOT_TABLES) {
            if (Sql.integer(c, "SELECT EXISTS (SELECT 1 FROM " + quote(table) + ")") == 1) {
                return false;
            }
        }
        return Sql.integer(c, "SELECT count(*) FROM practice_profile WHERE version <> 0") == 0;
    }

    private static List<Table> tables(Connection c) {
        return tables(c, false);
    }

    /**
     * The tables; in a file known to be damaged, a table whose rows cannot be counted has
     * {@link Table#UNKNOWN_COUNT} rows (a healthy file fails on it as on any read failure).
     */
    private static List<Table> tables(Connection c, boolean damaged) {
        List<String> names = Sql.list(c, """
                SELECT m.name FROM sqlite_master m
                JOIN pragma_table_list t ON t.schema = 'main' AND t.name = m.name
                WHERE m.type = 'table' AND t.type = 'table' AND m.name NOT LIKE 'sqlite_%'
                  AND m.name <> ?
                ORDER BY m.rowid
                """, row -> row.getString(1), Migrations.HISTORY_TABLE);
        List<Table> tables = new ArrayList<>();
        for (String name : names) {
            long count;
            try {
                count = Sql.one(c, "SELECT count(*) FROM " + quote(name), row -> row.getLong(1)).orElse(0L);
            } catch (StoreException e) {
                if (!damaged) {
                    throw e;
                }
                count = Table.UNKNOWN_COUNT;
            }
            tables.add(new Table(name, columns(c, name), count));
        }
        return tables;
    }

    private static List<String> columns(Connection c, String table) {
        return Sql.list(c, "SELECT name FROM pragma_table_info(?) ORDER BY cid", row -> row.getString(1), table);
    }

    private static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(SqliteArchiveRepository::quote).toList());
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** A database being filled from a JSON backup, at the backup's schema version. */
    private final class SqliteStaging implements Staging {

        private final Folder folder;
        private final Path file;
        private final Connection connection;
        private final Map<String, List<String>> columnsByTable = new HashMap<>();
        private final Map<String, PreparedStatement> inserts = new HashMap<>();
        private List<String> historyTriggers = List.of();
        private boolean finished;

        SqliteStaging(Folder folder, int schemaVersion) {
            this.folder = folder;
            this.file = folder.path().resolve("restore.db");
            try {
                Files.createFile(file, folder.ownerOnlyFile());
                migrate(schemaVersion);
                SQLiteConfig config = new SQLiteConfig();
                config.enforceForeignKeys(false);
                connection = config.createConnection("jdbc:sqlite:" + file);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("BEGIN");
                }
                for (Table table : tables(connection)) {
                    columnsByTable.put(table.name(), table.columns());
                }
                // The backup carries its own history: the rows put back are not new changes.
                historyTriggers = Sql.list(connection, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                        + "AND name LIKE 'history\\_%' ESCAPE '\\' ORDER BY name",
                        row -> row.getString(1) + "\u0000" + row.getString(2));
                for (String trigger : historyTriggers) {
                    Sql.execute(connection, "DROP TRIGGER " + quote(trigger.substring(0, trigger.indexOf('\u0000'))));
                }
            } catch (IOException | SQLException | FlywayException e) {
                folder.close();
                throw new StoreException("transfer.restore.failed", e, String.valueOf(e.getMessage()));
            } catch (RuntimeException e) {
                folder.close();
                throw e;
            }
        }

        /** The shipped migrations, up to and including the backup's version. */
        private void migrate(int schemaVersion) {
            SQLiteDataSource dataSource = new SQLiteDataSource();
            dataSource.setUrl("jdbc:sqlite:" + file);
            dataSource.setEnforceForeignKeys(false);
            Flyway shipped = Migrations.SHIPPED.flyway(dataSource);
            Flyway.configure(Migrations.class.getClassLoader())
                    .configuration(shipped.getConfiguration())
                    .target(MigrationVersion.fromVersion(String.valueOf(schemaVersion)))
                    .load()
                    .migrate();
        }

        @Override
        public List<String> columns(String table) {
            return columnsByTable.getOrDefault(table, List.of());
        }

        @Override
        public void clear(String table) {
            requireTable(table);
            Sql.execute(connection, "DELETE FROM " + quote(table));
        }

        @Override
        public void insert(String table, List<String> columns, List<Object> values) {
            List<String> known = requireTable(table);
            PreparedStatement statement = inserts.get(table + "\u0000" + columns);
            try {
                if (statement == null) {
                    for (String column : columns) {
                        if (!known.contains(column)) {
                            throw new VerbinderException("transfer.restore.unknown-column", table, column);
                        }
                    }
                    statement = connection.prepareStatement("INSERT INTO " + quote(table) + " ("
                            + columnList(columns) + ") VALUES (" + Sql.placeholders(columns.size()) + ")");
                    inserts.put(table + "\u0000" + columns, statement);
                }
                if (values.size() != columns.size()) {
                    throw new VerbinderException("transfer.restore.row-width", table, values.size(), columns.size());
                }
                for (int i = 0; i < values.size(); i++) {
                    statement.setObject(i + 1, values.get(i));
                }
                statement.executeUpdate();
            } catch (SQLException e) {
                throw new VerbinderException("transfer.restore.bad-row", e, table, String.valueOf(e.getMessage()));
            }
        }

        @Override
        public void restoreIntoLive() {
            try {
                List<String> violations = Sql.list(connection, "PRAGMA foreign_key_check",
                        row -> row.getString(1) + " #" + row.getLong(2) + " → " + row.getString(3));
                if (!violations.isEmpty()) {
                    throw new VerbinderException("transfer.restore.inconsistent",
                            String.join(", ", violations.subList(0, Math.min(5, violations.size()))));
                }
                closeStatements();
                for (String trigger : historyTriggers) {
                    Sql.execute(connection, trigger.substring(trigger.indexOf('\u0000') + 1));
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("COMMIT");
                }
                connection.close();
            } catch (SQLException e) {
                throw new StoreException("transfer.restore.failed", e, String.valueOf(e.getMessage()));
            }
            new DatabaseFile(file, clock).prepare();
            putInPlace(file);
            finished = true;
        }

        private List<String> requireTable(String table) {
            List<String> known = columnsByTable.get(table);
            if (known == null) {
                throw new VerbinderException("transfer.restore.unknown-table", table);
            }
            return known;
        }

        private void closeStatements() throws SQLException {
            for (PreparedStatement statement : inserts.values()) {
                statement.close();
            }
            inserts.clear();
        }

        @Override
        public void close() {
            try {
                if (!finished && !connection.isClosed()) {
                    closeStatements();
                    connection.close(); // an open transaction is rolled back
                }
            } catch (SQLException e) {
                // The folder goes anyway.
            } finally {
                folder.close();
            }
        }
    }

    /**
     * A private folder next to the database for a restore's copies; removed with all its files,
     * and named so that a run after a crash removes it (see {@link TemporaryFiles}).
     */
    private record Folder(Path path) implements AutoCloseable {

        static Folder nextTo(Path databaseFile) {
            Path parent = databaseFile.toAbsolutePath().getParent();
            try {
                return new Folder(TemporaryFiles.newFolder(parent, "restore"));
            } catch (IOException e) {
                throw new StoreException("transfer.restore.failed", e, String.valueOf(e.getMessage()));
            }
        }

        FileAttribute<?>[] ownerOnlyFile() {
            return path.getFileSystem().supportedFileAttributeViews().contains("posix")
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------"))}
                    : new FileAttribute<?>[0];
        }

        @Override
        public void close() {
            TemporaryFiles.delete(path);
        }
    }
}
