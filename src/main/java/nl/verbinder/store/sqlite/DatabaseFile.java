package nl.verbinder.store.sqlite;

import nl.verbinder.store.jdbc.Sql;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.verbinder.store.DatabaseFileException;
import nl.verbinder.store.DatabaseFileException.Reason;
import nl.verbinder.store.KeptCopy;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteOpenMode;

/**
 * Opens a database file safely: creates it readable by its owner only (and closes off an
 * existing one that others could read), refuses what is not a Verbinder database (or is from a
 * newer Verbinder) without touching it, checks its pages, copies it aside before a migration
 * changes it, and migrates it.
 */
final class DatabaseFile {

    /** How many copies made before migrations are kept next to the file. */
    static final int KEPT_BACKUPS = 3;

    /**
     * How long a copy made before a migration is kept. It holds everyone who was in the file
     * then, erased people included, so it does not stay forever; a month is long enough to
     * notice that an update went wrong.
     */
    static final Duration KEPT_BACKUP_DAYS = Duration.ofDays(30);

    /**
     * Files up to this size get their pages checked ({@code PRAGMA quick_check}) when they are
     * opened; it reads the whole file (a 29 MB file of 100,000 moments: 0.2 s of processor
     * time). Larger files are checked in the background after opening (see {@link SqliteStore}).
     */
    static final long CHECK_AT_OPEN_LIMIT = 32L * 1024 * 1024;

    /**
     * Leftovers of an interrupted write (a temp file, a restore's private folder) younger
     * than this may belong to a write still under way in another process, so they are left.
     */
    static final Duration LEFTOVER_AGE = Duration.ofHours(1);

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final DateTimeFormatter BACKUP_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final List<String> SIDE_FILES = List.of("-wal", "-shm", "-journal");
    /**
     * A temp file of an interrupted write: an export's or backup's {@code .name.<digits>.part}
     * (with SQLite's -wal, -shm or -journal next to it) or our own copy's {@code .name.before-….db.part}.
     */
    private static final Pattern LEFTOVER_FILE =
            Pattern.compile("\\..+\\.(\\d+|before-v\\d+-\\d{8}-\\d{6}\\.db)\\.part(-wal|-shm|-journal)?");
    private static final String PART = ".part";

    /** How the copy before a migration is written; a seam so tests can make it fail halfway. */
    @FunctionalInterface
    interface CopyWriter {
        void write(Connection source, Path target) throws SQLException, IOException;
    }

    static final CopyWriter VACUUM_INTO = (source, target) -> Sql.update(source, "VACUUM INTO ?", target.toString());

    /** What opening found: the schema version, and the damage the page check found, if any. */
    record Prepared(int version, Optional<String> damage, boolean checked) {
    }

    private final Path file;
    private final Clock clock;
    private final Migrations migrations;
    private final CopyWriter copyWriter;

    DatabaseFile(Path file, Clock clock) {
        this(file, clock, Migrations.SHIPPED);
    }

    DatabaseFile(Path file, Clock clock, Migrations migrations) {
        this(file, clock, migrations, VACUUM_INTO);
    }

    DatabaseFile(Path file, Clock clock, Migrations migrations, CopyWriter copyWriter) {
        this.file = file.toAbsolutePath().normalize();
        this.clock = clock;
        this.migrations = migrations;
        this.copyWriter = copyWriter;
    }

    Path path() {
        return file;
    }

    /**
     * Checks (every page included), creates or migrates the file; returns the schema version
     * it is at afterwards. Refuses a file with a damaged page: for a backup about to replace the
     * live database.
     */
    int prepare() {
        Prepared prepared = prepare(true);
        if (prepared.damage().isPresent()) {
            throw new DatabaseFileException(Reason.CORRUPT, file, null, prepared.damage().get());
        }
        return prepared.version();
    }

    /**
     * Checks, creates or migrates the file, for use as the live database. A file with a
     * damaged page is not refused but reported, so it can be opened read-only and what is still
     * readable exported; pages of a file above {@link #CHECK_AT_OPEN_LIMIT} are not checked here
     * unless {@code checkEveryPage}.
     */
    Prepared prepare(boolean checkEveryPage) {
        boolean fresh = createIfMissing();
        if (fresh) {
            cleanLeftovers();
            migrate(null);
            return new Prepared(migrations.latestVersion(), Optional.empty(), true);
        }
        boolean check = checkEveryPage || size() <= CHECK_AT_OPEN_LIMIT;
        Inspection inspection = inspect(check);
        // Only now that the file is known to be ours: its permissions and what is next to it.
        tightenPermissions();
        cleanLeftovers();
        if (inspection.damage().isPresent()) {
            if (inspection.version() < migrations.latestVersion()) {
                // A damaged file is not changed: no copy, no migration.
                throw new DatabaseFileException(Reason.CORRUPT, file, null, inspection.damage().get());
            }
            return new Prepared(inspection.version(), inspection.damage(), true);
        }
        if (inspection.version() < migrations.latestVersion()) {
            Path copy = inspection.version() > 0 ? backUpBeforeMigration(inspection.version()) : null;
            migrate(copy);
        }
        return new Prepared(migrations.latestVersion(), Optional.empty(), check);
    }

    /**
     * The copies made before migrations, newest first. Only names of exactly our shape count,
     * so a copy the user made ("verbinder.db.before-vakantie.db") is never cleared away or put
     * back; they are ordered by their stamp, then version, as "v10" sorts before "v9" as text.
     * A copy that is not whole (cut short by a kill or a full disk) does not count.
     */
    List<Path> backups() {
        return backupNames().stream().map(Matcher::group).map(file::resolveSibling).filter(DatabaseFile::isWhole).toList();
    }

    /** The copies made before migrations, newest first, with when they were made and when they go. */
    List<KeptCopy> keptCopies() {
        List<KeptCopy> copies = new ArrayList<>();
        for (Matcher m : backupNames()) {
            Path copy = file.resolveSibling(m.group());
            LocalDateTime made = stamp(m).orElse(null);
            if (made != null && isWhole(copy)) {
                copies.add(new KeptCopy(copy, made, made.plus(KEPT_BACKUP_DAYS)));
            }
        }
        return copies;
    }

    private List<Matcher> backupNames() {
        Pattern ours = Pattern.compile(Pattern.quote(file.getFileName().toString())
                + "\\.before-v(\\d{1,9})-(\\d{8}-\\d{6})\\.db");
        try (Stream<Path> files = Files.list(file.getParent())) {
            return files.map(p -> ours.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .sorted(Comparator.comparing((Matcher m) -> m.group(2))
                            .thenComparing(m -> Integer.parseInt(m.group(1)))
                            .reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Optional<LocalDateTime> stamp(Matcher m) {
        try {
            return Optional.of(LocalDateTime.parse(m.group(2), BACKUP_STAMP));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether a file is a whole SQLite database as VACUUM INTO writes it: its header says how
     * many pages it has (and that this count is current), and the file is exactly that long.
     */
    static boolean isWhole(Path path) {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer header = ByteBuffer.allocate(100);
            while (header.hasRemaining() && channel.read(header) >= 0) {
                // read the header
            }
            if (header.position() < 100 || !Arrays.equals(Arrays.copyOf(header.array(), 16), SQLITE_HEADER)) {
                return false;
            }
            int pageSize = Short.toUnsignedInt(header.getShort(16));
            long realPageSize = pageSize == 1 ? 65_536 : pageSize;
            long pages = Integer.toUnsignedLong(header.getInt(28));
            boolean countIsCurrent = header.getInt(24) == header.getInt(92);
            return pages > 0 && countIsCurrent && channel.size() == pages * realPageSize;
        } catch (IOException e) {
            return false;
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
            throw failure(Reason.CANNOT_OPEN, e);
        }
    }

    /**
     * Closes off the file and its journal files to others. SQLite gives a new -wal, -shm or
     * -journal file the permissions of the database file, so once that is owner-only the
     * files SQLite makes later are too; those already there are closed off here.
     */
    private void tightenPermissions() {
        List<Path> all = new ArrayList<>();
        all.add(file);
        SIDE_FILES.forEach(suffix -> all.add(file.resolveSibling(file.getFileName() + suffix)));
        for (Path path : all) {
            try {
                if (Files.exists(path)) {
                    restrictToOwner(path);
                }
            } catch (IOException | UnsupportedOperationException e) {
                // Not ours to change (another owner, a read-only medium): it opens as it is.
            }
        }
    }

    private long size() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw failure(Reason.CANNOT_OPEN, e);
        }
    }

    /** The schema version of an existing file, and the damage found when its pages were checked. */
    private record Inspection(int version, Optional<String> damage) {
    }

    /** Checks an existing file without changing it and returns its schema version; refuses what is not ours. */
    private Inspection inspect(boolean checkPages) {
        if (!hasSqliteHeader()) {
            throw new DatabaseFileException(Reason.NOT_A_DATABASE, file, null);
        }
        try (Connection connection = openForInspection()) {
            List<String> tables = Sql.list(connection,
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
                    row -> row.getString(1));
            if (tables.isEmpty()) {
                return new Inspection(0, Optional.empty());
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
            return new Inspection(version, checkPages ? quickCheck(connection) : Optional.empty());
        } catch (DatabaseFileException e) {
            throw e;
        } catch (SQLException e) {
            throw failure(e);
        } catch (nl.verbinder.store.StoreException e) {
            throw e.getCause() instanceof SQLException sql ? failure(sql) : failure(Reason.CANNOT_OPEN, e);
        } catch (RuntimeException e) {
            throw failure(Reason.CANNOT_OPEN, e);
        }
    }

    /** SQLite's check of every page and index; empty when all is well, else what it found first. */
    static Optional<String> quickCheck(Connection connection) {
        List<String> problems = Sql.list(connection, "PRAGMA quick_check(5)", row -> row.getString(1));
        if (problems.equals(List.of("ok"))) {
            return Optional.empty();
        }
        return Optional.of(String.join("; ", problems));
    }

    /**
     * A connection that only reads, to look at a file before deciding to open it. It is an
     * ordinary connection (with a busy timeout), never {@code immutable}: another process may be
     * writing the file at this moment, and reading it without locks would see pages half
     * written and call a healthy file damaged. It is not opened read-only either: a read-only
     * connection to a file in WAL mode creates -wal and -shm files it cannot remove again, while
     * an ordinary one removes them when it is the last to close. Nothing is written through it.
     */
    private Connection openForInspection() throws SQLException {
        Connection connection = openForReading();
        Sql.execute(connection, "PRAGMA query_only = 1");
        return connection;
    }

    /** As {@link #openForInspection()} but able to run VACUUM INTO, which writes only its target. */
    private Connection openForReading() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setOpenMode(SQLiteOpenMode.READWRITE);
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.setBusyTimeout(SqliteDatabase.BUSY_TIMEOUT_MILLIS);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    private boolean hasSqliteHeader() {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(SQLITE_HEADER.length);
            return Arrays.equals(header, SQLITE_HEADER);
        } catch (IOException e) {
            throw failure(Reason.CANNOT_OPEN, e);
        }
    }

    /** A refusal for a failure of SQLite, named for what it is: damage only when the file is damaged. */
    private DatabaseFileException failure(SQLException e) {
        Reason reason = switch (Sql.kindOf(e)) {
            case DAMAGED -> Reason.CORRUPT;
            case BUSY -> Reason.BUSY;
            case DISK_FULL -> Reason.DISK_FULL;
            default -> Reason.CANNOT_OPEN;
        };
        return new DatabaseFileException(reason, file, e, String.valueOf(e.getMessage()));
    }

    private DatabaseFileException failure(Reason reason, Exception e) {
        Reason named = Sql.isDiskFull(e) ? Reason.DISK_FULL : reason;
        return new DatabaseFileException(named, file, e, String.valueOf(e.getMessage()));
    }

    /**
     * Writes a consistent copy of the file next to it (SQLite's VACUUM INTO reads a snapshot,
     * WAL included) after checking it is sound, and keeps only the newest few. The copy is
     * written under a temporary name, checked, flushed to the disk and only then given its
     * name, so a kill or a full disk never leaves a broken copy that counts as one. Returns the copy.
     */
    private Path backUpBeforeMigration(int installedVersion) {
        String stamp = LocalDateTime.now(clock).format(BACKUP_STAMP);
        Path copy = file.resolveSibling(file.getFileName() + ".before-v" + (installedVersion + 1) + "-" + stamp + ".db");
        Path part = copy.resolveSibling("." + copy.getFileName() + PART);
        try (Connection connection = openForReading()) {
            Optional<String> damage = quickCheck(connection);
            if (damage.isPresent()) {
                throw new DatabaseFileException(Reason.CORRUPT, file, null, damage.get());
            }
            Files.deleteIfExists(part);
            Files.createFile(part, posix(OWNER_ONLY));
            restrictToOwner(part);
            copyWriter.write(connection, part);
            verifyCopy(part);
            force(part);
            moveIntoPlace(part, copy);
        } catch (DatabaseFileException e) {
            deleteQuietly(part);
            throw e;
        } catch (SQLException e) {
            deleteQuietly(part);
            throw Sql.kindOf(e) == Sql.Kind.DISK_FULL ? failure(e) : failure(Reason.CANNOT_OPEN, e);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(part);
            throw failure(Reason.CANNOT_OPEN, e);
        }
        removeOldCopies();
        return copy;
    }

    /** The copy opens, is a whole file and all its pages are sound. */
    private void verifyCopy(Path part) throws SQLException {
        if (!isWhole(part)) {
            throw new SQLException("the copy is incomplete: " + part.getFileName());
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection copy = config.createConnection("jdbc:sqlite:" + part)) {
            Optional<String> damage = quickCheck(copy);
            if (damage.isPresent()) {
                throw new SQLException("the copy is not sound: " + damage.get());
            }
        }
    }

    private void moveIntoPlace(Path part, Path copy) throws IOException {
        try {
            Files.move(part, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        forceFolder(copy.getParent());
    }

    /** Keeps the newest few whole copies younger than a month; broken ones under our name go too. */
    private void removeOldCopies() {
        LocalDateTime now = LocalDateTime.now(clock);
        int kept = 0;
        for (Matcher m : backupNames()) {
            Path copy = file.resolveSibling(m.group());
            Optional<LocalDateTime> made = stamp(m);
            boolean keep = isWhole(copy) && kept < KEPT_BACKUPS
                    && made.isPresent() && now.isBefore(made.get().plus(KEPT_BACKUP_DAYS));
            if (keep) {
                kept++;
            } else {
                deleteQuietly(copy);
            }
        }
    }

    /**
     * Removes what interrupted writes left next to the file: temp files of copies and exports
     * ({@code .name.part} and their -wal, -shm), the private folders of restores, and copies
     * made before migrations that are older than {@link #KEPT_BACKUP_DAYS}. All may hold
     * people since erased. Leftovers younger than {@link #LEFTOVER_AGE} may be the work of
     * another process still running, so they stay until a later start.
     */
    void cleanLeftovers() {
        Path folder = file.getParent();
        FileTime before = FileTime.from(clock.instant().minus(LEFTOVER_AGE));
        try (Stream<Path> files = Files.list(folder)) {
            for (Path path : files.toList()) {
                String name = path.getFileName().toString();
                if (LEFTOVER_FILE.matcher(name).matches() && Files.isRegularFile(path) && olderThan(path, before)) {
                    deleteQuietly(path);
                } else if (name.startsWith(".verbinder-restore-") && Files.isDirectory(path)
                        && !Files.isSymbolicLink(path) && olderThan(path, before)) {
                    deleteTree(path);
                }
            }
        } catch (IOException e) {
            // A folder that cannot be listed has no leftovers we could remove.
        }
        removeOldCopies();
    }

    /** True when nothing in the path (a file or a folder's files) changed since the moment. */
    private static boolean olderThan(Path path, FileTime moment) {
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.toList()) {
                if (Files.getLastModifiedTime(p).compareTo(moment) > 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Owner-only and tried again at the next start.
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Tried again at the next start.
        }
    }

    /** Flushes a file's content to the disk, so a power cut after the rename cannot leave it empty. */
    static void force(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Flushes a folder's entries (a rename) to the disk, where the system allows it. */
    static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every system can open a folder (Windows); the rename itself stands.
        }
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
            if (Sql.isDiskFull(e)) {
                throw new DatabaseFileException(Reason.DISK_FULL, file, e, String.valueOf(e.getMessage()));
            }
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
