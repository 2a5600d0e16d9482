package nl.verbinder.service.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.store.TemporaryFiles;

/**
 * Writes an export, backup, report or screenshot so that nothing is lost by a wrong path and
 * nothing is seen half-written.
 * <ul>
 *   <li>The open database and its {@code -wal}, {@code -shm} and {@code -journal} files are
 *       never written (nor read as a restore's input): the target is compared after resolving
 *       links, {@code ..} and relative paths, and by file identity (a hard link).</li>
 *   <li>A regular file is written to an owner-only temporary file next to it, flushed to disk,
 *       moved over the target in one step, and the folder flushed; on failure or cancel the
 *       temporary file goes and an existing target is left as it was.</li>
 *   <li>A symbolic link is written through: its final target gets the new content (atomically,
 *       as above) and the link stays a link.</li>
 *   <li>A special file (a named pipe, a terminal, {@code /dev/stdout}, {@code /dev/null},
 *       {@code /dev/full}), and any path under {@code /dev} or {@code /proc}, is never replaced:
 *       the content is streamed into it, so {@code --out /dev/stdout} and a pipe work; a full
 *       device is reported as a full disk. A database copy ({@code .db} backup) needs a real
 *       file and refuses them.</li>
 *   <li>An existing file of another user, or one that is read-only, is never replaced.</li>
 * </ul>
 * Files and the folders made for them are readable by their owner only: they hold personal data.
 */
public final class SafeOutput {

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface FileWork {
        void write(Path file) throws IOException;
    }

    /** Writes files into a folder. */
    @FunctionalInterface
    public interface FolderWork {
        void write(Path temporaryFolder) throws IOException;
    }

    private static final List<String> DATABASE_COMPANIONS = List.of("", "-wal", "-shm", "-journal");

    private SafeOutput() {
    }

    /**
     * Runs the work on a temporary file and moves it to the target, or streams into a special
     * file (a pipe, a device).
     *
     * @param openDatabase the database file that is open, never to be written
     */
    public static void writeFile(Path target, Path openDatabase, FileWork work) {
        write(target, openDatabase, work, true);
    }

    /** As {@link #writeFile}, for a copy of a database: a regular file only, never a pipe or device. */
    public static void writeDatabaseCopy(Path target, Path openDatabase, FileWork work) {
        write(target, openDatabase, work, false);
    }

    /** Whether content for this target is streamed into it (a pipe, a device, {@code /dev/stdout}) rather than written aside. */
    public static boolean streamsInto(Path target) {
        try {
            return Destination.of(target.toAbsolutePath()).kind() == Kind.SPECIAL;
        } catch (IOException e) {
            return false;
        }
    }

    /** Refuses a file to read from (a restore's input) that is the open database or one of its files. */
    public static void refuseOpenDatabaseAsInput(Path source, Path openDatabase) {
        if (isOpenDatabase(source, openDatabase)) {
            throw new VerbinderException("transfer.restore.in-is-database", source.toString(),
                    openDatabase.toAbsolutePath().toString());
        }
    }

    /** Refuses a target that is the open database or one of its files. */
    public static void refuseOpenDatabaseAsOutput(Path target, Path openDatabase) {
        if (isOpenDatabase(target, openDatabase)) {
            throw new VerbinderException("transfer.export.is-database", target.toString(),
                    openDatabase.toAbsolutePath().toString());
        }
    }

    /**
     * Makes sure the folder exists and is the user's own: a new folder is created owner-only;
     * an existing folder of the user that holds nothing but files ending in {@code extension}
     * (an earlier export of this kind) is made owner-only too. Any other existing folder is the
     * user's choice and keeps its permissions; the files written into it are owner-only.
     */
    public static void ownFolder(Path folder, Path openDatabase, String extension) {
        refuseOpenDatabaseAsOutput(folder, openDatabase);
        Path absolute = folder.toAbsolutePath();
        try {
            if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
                throw new VerbinderException("transfer.export.target-not-folder", absolute.toString());
            }
            if (!Files.exists(absolute)) {
                createFolders(absolute);
                return;
            }
            PosixFileAttributeView view = Files.getFileAttributeView(absolute, PosixFileAttributeView.class);
            if (view == null || !view.getOwner().equals(currentUser(absolute))) {
                return;
            }
            try (Stream<Path> entries = Files.list(absolute)) {
                boolean onlyOurs = entries.allMatch(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                        && (p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension)
                            || p.getFileName().toString().startsWith(".")));
                if (onlyOurs) {
                    view.setPermissions(PosixFilePermissions.fromString("rwx------"));
                }
            }
        } catch (IOException e) {
            throw failure(absolute, e);
        }
    }

    private static void write(Path target, Path openDatabase, FileWork work, boolean mayStream) {
        refuseOpenDatabaseAsOutput(target, openDatabase);
        Path absolute = target.toAbsolutePath();
        Path temporary = null;
        try {
            Destination destination = Destination.of(absolute);
            switch (destination.kind()) {
                case FOLDER -> throw new VerbinderException("transfer.export.target-is-folder", absolute.toString());
                case SPECIAL -> {
                    if (!mayStream) {
                        throw new VerbinderException("transfer.export.special-file", absolute.toString());
                    }
                    work.write(absolute);
                    return;
                }
                default -> {
                    // a regular file or a new one: written aside, then moved into place
                }
            }
            Path real = destination.path();
            refuseOpenDatabaseAsOutput(real, openDatabase);
            Path folder = real.getParent();
            createFolders(folder);
            temporary = TemporaryFiles.newFile(folder, real.getFileName().toString());
            if (destination.kind() == Kind.REGULAR) {
                refuseIfNotReplaceable(real, temporary);
            }
            work.write(temporary);
            force(temporary);
            move(temporary, real);
            TemporaryFiles.release(temporary);
            temporary = null;
            forceFolder(folder);
        } catch (IOException | UncheckedIOException e) {
            throw failure(absolute, e);
        } finally {
            TemporaryFiles.delete(temporary);
        }
    }

    /**
     * Runs the work on a temporary folder inside the target folder, then moves each file it
     * wrote into the target folder (each checked as a single file's target would be).
     */
    public static void writeFolder(Path targetFolder, Path openDatabase, String extension, FolderWork work) {
        ownFolder(targetFolder, openDatabase, extension);
        Path absolute;
        try {
            absolute = targetFolder.toRealPath();
        } catch (IOException e) {
            throw failure(targetFolder.toAbsolutePath(), e);
        }
        Path temporary = null;
        try {
            temporary = TemporaryFiles.newFolder(absolute, "export");
            work.write(temporary);
            List<Path[]> moves = new ArrayList<>();
            try (Stream<Path> files = Files.list(temporary)) {
                for (Path file : files.toList()) {
                    Path target = absolute.resolve(file.getFileName().toString());
                    refuseOpenDatabaseAsOutput(target, openDatabase);
                    Destination destination = Destination.of(target);
                    if (destination.kind() == Kind.FOLDER) {
                        throw new VerbinderException("transfer.export.target-is-folder", target.toString());
                    }
                    if (destination.kind() == Kind.SPECIAL) {
                        throw new VerbinderException("transfer.export.special-file", target.toString());
                    }
                    refuseOpenDatabaseAsOutput(destination.path(), openDatabase);
                    if (destination.kind() == Kind.REGULAR) {
                        refuseIfNotReplaceable(destination.path(), file);
                    }
                    force(file);
                    moves.add(new Path[] {file, destination.path()});
                }
            }
            for (Path[] move : moves) {
                move(move[0], move[1]);
                forceFolder(move[1].getParent());
            }
        } catch (IOException | UncheckedIOException e) {
            throw failure(absolute, e);
        } finally {
            TemporaryFiles.delete(temporary);
        }
    }

    /** Creates a new file readable by its owner only, for work that writes into a temporary folder. */
    public static OutputStream newOwnerOnlyFile(Path file) throws IOException {
        Files.createFile(file, TemporaryFiles.ownerOnlyFile(file.getParent()));
        return Files.newOutputStream(file);
    }

    /** Whether the path is the open database or one of its files, after resolving links. */
    static boolean isOpenDatabase(Path path, Path openDatabase) {
        if (openDatabase == null) {
            return false;
        }
        Path candidate = resolved(path.toAbsolutePath());
        Path database = openDatabase.toAbsolutePath();
        List<Path> protectedFiles = new ArrayList<>();
        for (Path base : List.of(database, resolved(database))) {
            for (String suffix : DATABASE_COMPANIONS) {
                protectedFiles.add(base.resolveSibling(base.getFileName() + suffix));
            }
        }
        for (Path file : protectedFiles) {
            if (candidate.equals(resolved(file))) {
                return true;
            }
            try {
                if (Files.exists(candidate) && Files.exists(file) && Files.isSameFile(candidate, file)) {
                    return true;
                }
            } catch (IOException e) {
                // One of them is gone or unreadable: compared by path above.
            }
        }
        return false;
    }

    /**
     * The path with every link and {@code ..} resolved: the part that exists as the file system
     * sees it, a dangling link followed to where it points, the rest (to be created) lexically.
     */
    private static Path resolved(Path absolute) {
        Path path = absolute;
        for (int hops = 0; hops < 40; hops++) {
            try {
                return path.toRealPath();
            } catch (IOException | UnsupportedOperationException e) {
                // Not there (yet): resolved below.
            }
            if (!Files.isSymbolicLink(path)) {
                break;
            }
            try {
                path = path.resolveSibling(Files.readSymbolicLink(path));
            } catch (IOException | UnsupportedOperationException e) {
                break;
            }
        }
        Path parent = path.getParent();
        if (parent == null || path.getFileName() == null) {
            return path.normalize();
        }
        return resolved(parent).resolve(path.getFileName().toString()).normalize();
    }

    /** What is at a target path, followed through links. */
    private enum Kind { ABSENT, REGULAR, FOLDER, SPECIAL }

    private record Destination(Path path, Kind kind) {

        static Destination of(Path absolute) throws IOException {
            if (isSystemPath(absolute) && Files.exists(absolute)) {
                return new Destination(absolute, Files.isDirectory(absolute) ? Kind.FOLDER : Kind.SPECIAL);
            }
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(absolute, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                return new Destination(resolved(absolute), Kind.ABSENT);
            }
            if (attributes.isDirectory()) {
                return new Destination(absolute, Kind.FOLDER);
            }
            if (attributes.isOther()) {
                return new Destination(absolute, Kind.SPECIAL);
            }
            return new Destination(absolute.toRealPath(), Kind.REGULAR);
        }

        /** {@code /dev/stdout} and the like lead through {@code /proc} to a terminal, a pipe, or a shell's file. */
        private static boolean isSystemPath(Path absolute) {
            Path normal = absolute.normalize();
            return absolute.getFileSystem().getSeparator().equals("/")
                    && (normal.startsWith("/dev") || normal.startsWith("/proc"));
        }
    }

    /** An existing file is replaced only if it is the user's own and writable. */
    private static void refuseIfNotReplaceable(Path existing, Path ours) throws IOException {
        try {
            UserPrincipal owner = Files.getOwner(existing);
            if (!owner.equals(Files.getOwner(ours))) {
                throw new VerbinderException("transfer.export.not-owner", existing.toString(), owner.getName());
            }
        } catch (UnsupportedOperationException e) {
            // No owners on this file system.
        }
        if (!Files.isWritable(existing)) {
            throw new VerbinderException("transfer.export.read-only", existing.toString());
        }
    }

    private static UserPrincipal currentUser(Path folder) throws IOException {
        Path probe = TemporaryFiles.newFile(folder, "owner");
        try {
            return Files.getOwner(probe);
        } finally {
            TemporaryFiles.delete(probe);
        }
    }

    private static void createFolders(Path folder) throws IOException {
        if (folder == null || Files.isDirectory(folder)) {
            return;
        }
        createFolders(folder.getParent());
        if (!Files.isDirectory(folder)) {
            Files.createDirectory(folder, TemporaryFiles.ownerOnlyFolder(folder.getParent()));
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes the rename durable; not every system can open a folder to flush it. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot: its rename is durable once done.
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** What the user is told when writing failed; a failure the work had to throw unchecked counts by its cause. */
    private static VerbinderException failure(Path target, Exception failure) {
        IOException e = failure instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) failure;
        if (isDiskFull(e)) {
            return new VerbinderException("transfer.export.disk-full", e, target.toString());
        }
        return new VerbinderException("transfer.export.write-failed", e, target.toString(), String.valueOf(e.getMessage()));
    }

    /** ENOSPC and EDQUOT, as the JDK reports them. */
    private static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("no space left") || message.contains("disk quota exceeded")
                    || message.contains("not enough space")) {
                return true;
            }
        }
        return false;
    }
}
