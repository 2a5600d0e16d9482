package nl.verbinder.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.verbinder.store.DatabaseFileException;
import nl.verbinder.store.DatabaseFileException.Reason;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteOpenMode;

/**
 * Opens a database file safely: creates it readable by its owner only, refuses what is not a
 * Verbinder database (or is damaged, or from a newer Verbinder) without touching it, copies
 * it aside before a migration changes it, and migrates it.
 */
final class DatabaseFile {

    /** How many copies made before migrations are kept next to the file. */
    static final int KEPT_BACKUPS = 3;

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final DateTimeFormatter BACKUP_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path file;
    private final Clock clock;
    private final Migrations migrations;

    DatabaseFile(Path file, Clock clock) {
        this(file, clock, Migrations.SHIPPED);
    }

    DatabaseFile(Path file, Clock clock, Migrations migrations) {
        this.file = file.toAbsolutePath().normalize();
        this.clock = clock;
        this.migrations = migrations;
    }

    Path path() {
        return file;
    }

    /** Checks, creates or migrates the file; returns the schema version it is at afterwards. */
    int prepare() {
        boolean fresh = createIfMissing();
        int installed = fresh ? 0 : inspect();
        if (installed < migrations.latestVersion()) {
            Path copy = installed > 0 ? backUpBeforeMigration(installed) : null;
            migrate(copy);
        }
        return migrations.latestVersion();
    }

    /**
     * The copies made before migrations, newest first. Only names of exactly our shape count,
     * so a copy the user made ("verbinder.db.before-vakantie.db") is never cleared away or put
     * back; they are ordered by their stamp, then version, as "v10" sorts before "v9" as text.
     */
    List<Path> backups() {
        Pattern ours = Pattern.compile(Pattern.quote(file.getFileName().toString())
                + "\\.before-v(\\d{1,9})-(\\d{8}-\\d{6})\\.db");
        try (Stream<Path> files = Files.list(file.getParent())) {
            return files.map(p -> ours.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .sorted(Comparator.comparing((Matcher m) -> m.group(2))
                            .thenComparing(m -> Integer.parseInt(m.group(1)))
                            .reversed())
                    .map(m -> file.resolveSibling(m.group()))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private boolean createIfMissing() {
        try {
            Path folder = file.getParent();
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder, posix(OWNER_ONLY_DIR));
            }
            if (Files.exists(file) && Files.size(file) > 0) {
                return false;
            }
            if (!Files.exists(file)) {
                try {
                    Files.createFile(file, posix(OWNER_ONLY));
                } catch (FileAlreadyExistsException e) {
                    return false;
                }
            }
            restrictToOwner(file);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            throw new DatabaseFileException(Reason.CANNOT_OPEN, file, e, String.valueOf(e.getMessage()));
        }
    }

    /** Checks an existing file read-only and returns its schema version; refuses what is not ours. */
    private int inspect() {
        if (!hasSqliteHeader()) {
            throw new DatabaseFileException(Reason.NOT_A_DATABASE, file, null);
        }
        try (Connection connection = openForInspection()) {
            List<String> tables = Sql.list(connection,
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
                    row -> row.getString(1));
            if (tables.isEmpty()) {
                return 0;
            }
            if (!tables.contains(Migrations.HISTORY_TABLE) || !tables.contains("partner")) {
                throw new DatabaseFileException(Reason.NOT_VERBINDER, file, null);
            }
            int failed = Sql.integer(connection,
                    "SELECT count(*) FROM " + Migrations.HISTORY_TABLE + " WHERE success = 0");
            if (failed > 0) {
                throw new DatabaseFileException(Reason.CORRUPT, file, null, "failed migration");
            }
            int version = Sql.integer(connection, "SELECT coalesce(max(CAST(version AS INTEGER)), 0) FROM "
                    + Migrations.HISTORY_TABLE + " WHERE success = 1 AND version IS NOT NULL");
            if (version > migrations.latestVersion()) {
                throw new DatabaseFileException(Reason.NEWER_VERSION, file, null, version, migrations.latestVersion());
            }
            return version;
        } catch (DatabaseFileException e) {
            throw e;
        } catch (SQLException | RuntimeException e) {
            throw new DatabaseFileException(Reason.CORRUPT, file, e, String.valueOf(e.getMessage()));
        }
    }

    /**
     * A read-only connection that leaves nothing behind. Looking at a file in WAL mode makes
     * SQLite create -wal and -shm files next to it, even read-only; when there is no -wal file,
     * no connection has the file open and all its data is in the file itself, so it is read as
     * immutable, which creates nothing.
     */
    private Connection openForInspection() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        if (Files.exists(file.resolveSibling(file.getFileName() + "-wal"))) {
            return config.createConnection("jdbc:sqlite:" + file);
        }
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        return config.createConnection("jdbc:sqlite:" + file.toUri() + "?immutable=1");
    }

    private boolean hasSqliteHeader() {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(SQLITE_HEADER.length);
            return Arrays.equals(header, SQLITE_HEADER);
        } catch (IOException e) {
            throw new DatabaseFileException(Reason.CANNOT_OPEN, file, e, String.valueOf(e.getMessage()));
        }
    }

    /**
     * Writes a consistent copy of the file next to it (SQLite's VACUUM INTO reads a snapshot,
     * WAL included) after checking it is sound, and keeps only the newest few. Returns the copy.
     */
    private Path backUpBeforeMigration(int installedVersion) {
        String stamp = LocalDateTime.now(clock).format(BACKUP_STAMP);
        Path copy = file.resolveSibling(file.getFileName() + ".before-v" + (installedVersion + 1) + "-" + stamp + ".db");
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection connection = config.createConnection("jdbc:sqlite:" + file)) {
            String check = Sql.one(connection, "PRAGMA quick_check", row -> row.getString(1)).orElse("");
            if (!check.equals("ok")) {
                throw new DatabaseFileException(Reason.CORRUPT, file, null, check);
            }
            Files.deleteIfExists(copy);
            Files.createFile(copy, posix(OWNER_ONLY));
            restrictToOwner(copy);
            Sql.update(connection, "VACUUM INTO ?", copy.toString());
        } catch (DatabaseFileException e) {
            throw e;
        } catch (SQLException | IOException | RuntimeException e) {
            throw new DatabaseFileException(Reason.CANNOT_OPEN, file, e, String.valueOf(e.getMessage()));
        }
        List<Path> all = new ArrayList<>(backups());
        for (Path old : all.subList(Math.min(KEPT_BACKUPS, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                // An old copy that will not go away does no harm.
            }
        }
        return copy;
    }

    /**
     * Runs Flyway through connections with foreign keys off: SQLite ignores
     * {@code PRAGMA foreign_keys} inside the transaction Flyway wraps each migration in, so a
     * table rebuild would otherwise cascade deletes into child rows. Afterwards every foreign
     * key is checked; a violation puts back the copy made just before ({@code null} for a new file).
     */
    private void migrate(Path copy) {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + file);
        dataSource.setEnforceForeignKeys(false);
        dataSource.setBusyTimeout(10_000);
        try {
            migrations.flyway(dataSource).migrate();
            try (Connection connection = dataSource.getConnection()) {
                List<String> violations = Sql.list(connection, "PRAGMA foreign_key_check",
                        row -> row.getString(1) + "#" + row.getLong(2));
                if (!violations.isEmpty()) {
                    restore(copy);
                    throw new DatabaseFileException(Reason.MIGRATION_FAILED, file, null,
                            "foreign keys: " + String.join(", ", violations.subList(0, Math.min(5, violations.size()))));
                }
            }
        } catch (FlywayException | SQLException e) {
            restore(copy);
            throw new DatabaseFileException(Reason.MIGRATION_FAILED, file, e, String.valueOf(e.getMessage()));
        }
    }

    private void restore(Path copy) {
        if (copy == null) {
            return;
        }
        try {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-wal"));
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-shm"));
            Files.copy(copy, file, StandardCopyOption.REPLACE_EXISTING);
            restrictToOwner(file);
        } catch (IOException e) {
            // The copy stays next to the file; the message tells the user where it is.
        }
    }

    static void restrictToOwner(Path path) throws IOException {
        if (supportsPosix(path)) {
            Files.setPosixFilePermissions(path, OWNER_ONLY);
        }
    }

    private FileAttribute<?>[] posix(Set<PosixFilePermission> permissions) {
        if (!supportsPosix(file.getParent() != null && Files.exists(file.getParent()) ? file.getParent() : file.getRoot())) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)};
    }

    private static boolean supportsPosix(Path path) {
        return path != null && path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
