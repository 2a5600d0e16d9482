package nl.verbinder.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The temporary files and folders Verbinder writes next to a target before moving them into
 * place: {@code .<name>.<pid>.<random>.part} for a file being written (and the {@code -wal},
 * {@code -shm}, {@code -journal} files SQLite may add to a database copy),
 * {@code .verbinder-export-<pid>-<random>} and {@code .verbinder-restore-<pid>-<random>} for
 * folders. They hold personal data, so they are owner-only, removed when the work ends or fails,
 * removed at a normal exit if still there (a shutdown hook), and, when a process was killed,
 * removed by the next run that looks in their folder: the name carries the process id, so a
 * leftover of a process that no longer runs is told apart from the work of one that still does.
 */
public final class TemporaryFiles {

    /** A leftover of an earlier version (no process id in its name) is removed once it is this old. */
    static final Duration OLD_STYLE_AGE = Duration.ofHours(1);

    private static final Pattern PART = Pattern.compile("\\..+\\.(\\d+)\\.\\d+\\.part(-wal|-shm|-journal)?");
    private static final Pattern FOLDER = Pattern.compile("\\.verbinder-(?:export|restore)-(\\d+)-\\d+");
    private static final Pattern OLD_STYLE = Pattern.compile(
            "\\.verbinder-(?:export|restore)-\\d+|\\..+\\.\\d+\\.part(-wal|-shm|-journal)?");
    private static final Set<Path> IN_USE = ConcurrentHashMap.newKeySet();
    private static final long PID = ProcessHandle.current().pid();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IN_USE.forEach(TemporaryFiles::deleteQuietly),
                "verbinder-temporary-files"));
    }

    private TemporaryFiles() {
    }

    /** A new owner-only temporary file in the folder for the target named {@code name}, removed at exit unless released. */
    public static Path newFile(Path folder, String name) throws IOException {
        Path file = Files.createTempFile(folder, "." + name + "." + PID + ".", ".part", ownerOnlyFile(folder));
        IN_USE.add(file);
        return file;
    }

    /** A new owner-only temporary folder ({@code kind} is "export" or "restore"), removed at exit unless released. */
    public static Path newFolder(Path parent, String kind) throws IOException {
        Path folder = Files.createTempDirectory(parent, ".verbinder-" + kind + "-" + PID + "-", ownerOnlyFolder(parent));
        IN_USE.add(folder);
        return folder;
    }

    /** The temporary file was moved into place or deleted: nothing to do for it at exit. */
    public static void release(Path temporary) {
        IN_USE.remove(temporary);
    }

    /** Deletes the temporary file or folder with what SQLite may have added next to it, and releases it. */
    public static void delete(Path temporary) {
        if (temporary == null) {
            return;
        }
        deleteQuietly(temporary);
        for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
            deleteQuietly(temporary.resolveSibling(temporary.getFileName() + suffix));
        }
        release(temporary);
    }

    /**
     * Removes the leftovers in the database's folder of processes that no longer run (killed or
     * crashed during an export, backup or restore), if they belong to the database's owner.
     *
     * @return how many leftovers were removed
     */
    public static int removeLeftoversNextTo(Path databaseFile) {
        Path file = databaseFile.toAbsolutePath();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return 0;
        }
        UserPrincipal owner;
        try {
            owner = Files.getOwner(Files.exists(file) ? file : folder);
        } catch (IOException | UnsupportedOperationException e) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.toList()) {
                if (isDeadLeftover(entry, owner)) {
                    deleteQuietly(entry);
                    removed++;
                }
            }
        } catch (IOException e) {
            return removed;
        }
        return removed;
    }

    static boolean isDeadLeftover(Path entry, UserPrincipal owner) {
        String name = entry.getFileName().toString();
        Optional<Long> pid = processOf(name);
        boolean candidate;
        if (pid.isPresent()) {
            candidate = !isRunning(pid.get());
        } else if (OLD_STYLE.matcher(name).matches()) {
            candidate = olderThan(entry, OLD_STYLE_AGE);
        } else {
            return false;
        }
        try {
            return candidate && owner.equals(Files.getOwner(entry, LinkOption.NOFOLLOW_LINKS))
                    && !Files.isSymbolicLink(entry);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    static Optional<Long> processOf(String name) {
        for (Pattern pattern : new Pattern[] {PART, FOLDER}) {
            Matcher m = pattern.matcher(name);
            if (m.matches()) {
                try {
                    return Optional.of(Long.parseLong(m.group(1)));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isRunning(long pid) {
        return pid == PID || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static boolean olderThan(Path entry, Duration age) {
        try {
            FileTime modified = Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS);
            return modified.toInstant().isBefore(Instant.now().minus(age));
        } catch (IOException e) {
            return false;
        }
    }

    /** Owner-only permissions for a new file in the folder, where the file system knows them. */
    public static FileAttribute<?>[] ownerOnlyFile(Path folder) {
        return posix(folder) ? new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))} : new FileAttribute<?>[0];
    }

    /** Owner-only permissions for a new folder in the folder, where the file system knows them. */
    public static FileAttribute<?>[] ownerOnlyFolder(Path folder) {
        return posix(folder) ? new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))} : new FileAttribute<?>[0];
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void deleteQuietly(Path path) {
        if (path == null || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Owner-only and named as a leftover: the next run in this folder tries again.
        }
    }
}
