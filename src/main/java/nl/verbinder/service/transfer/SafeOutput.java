package nl.verbinder.service.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;
import nl.verbinder.domain.VerbinderException;

/**
 * Writes an export, backup or report so that it is never seen half-written: into a temporary file (or
 * folder) next to the target, moved into place only when complete; on failure or cancel the
 * temporary file goes and an existing target is left as it was. Files are created readable by
 * their owner only: they hold personal data (contact persons, notes).
 */
public final class SafeOutput {

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface FileWork {
        void write(Path temporary) throws IOException;
    }

    /** Writes files into a folder. */
    @FunctionalInterface
    interface FolderWork {
        void write(Path temporaryFolder) throws IOException;
    }

    private SafeOutput() {
    }

    /** Runs the work on a temporary file, then moves it to the target. */
    public static void writeFile(Path target, FileWork work) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new VerbinderException("transfer.export.target-is-folder", absolute.toString());
        }
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".part", ownerOnly(folder));
            work.write(temporary);
            move(temporary, absolute);
            temporary = null;
        } catch (UncheckedIOException e) {
            throw new VerbinderException("transfer.export.write-failed", e, absolute.toString(),
                    String.valueOf(e.getCause().getMessage()));
        } catch (IOException e) {
            throw new VerbinderException("transfer.export.write-failed", e, absolute.toString(), String.valueOf(e.getMessage()));
        } finally {
            deleteQuietly(temporary);
        }
    }

    /**
     * Runs the work on a temporary folder inside the target folder, then moves each file it
     * wrote into the target folder.
     */
    static void writeFolder(Path targetFolder, FolderWork work) {
        Path absolute = targetFolder.toAbsolutePath();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new VerbinderException("transfer.export.target-not-folder", absolute.toString());
        }
        Path temporary = null;
        try {
            Files.createDirectories(absolute);
            temporary = Files.createTempDirectory(absolute, ".verbinder-export-", ownerOnlyFolder(absolute));
            work.write(temporary);
            try (Stream<Path> files = Files.list(temporary)) {
                for (Path file : files.toList()) {
                    move(file, absolute.resolve(file.getFileName().toString()));
                }
            }
        } catch (UncheckedIOException e) {
            throw new VerbinderException("transfer.export.write-failed", e, absolute.toString(),
                    String.valueOf(e.getCause().getMessage()));
        } catch (IOException e) {
            throw new VerbinderException("transfer.export.write-failed", e, absolute.toString(), String.valueOf(e.getMessage()));
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** Creates a new file readable by its owner only, for work that writes into a temporary folder. */
    static OutputStream newOwnerOnlyFile(Path file) throws IOException {
        Files.createFile(file, ownerOnly(file.getParent()));
        return Files.newOutputStream(file);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path folder) {
        return posix(folder) ? new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))} : new FileAttribute<?>[0];
    }

    private static FileAttribute<?>[] ownerOnlyFolder(Path folder) {
        return posix(folder) ? new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))} : new FileAttribute<?>[0];
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void deleteQuietly(Path path) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover temporary file is owner-only and named as such; nothing more to do.
        }
    }
}
