package nl.verbinder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temporary files of exports and restores: recognisable, owner-only, and gone after a crash or an exit. */
class TemporaryFilesTest {

    @TempDir
    Path folder;

    private Path database;

    @BeforeEach
    void aDatabase() throws Exception {
        database = Files.writeString(folder.resolve("praktijk.db"), "SQLite format 3\0");
    }

    @Test
    void namesCarryTheProcessAndAreOwnerOnly() throws Exception {
        Path file = TemporaryFiles.newFile(folder, "partners.csv");
        Path restore = TemporaryFiles.newFolder(folder, "restore");

        long pid = ProcessHandle.current().pid();
        assertThat(file.getFileName().toString()).startsWith(".partners.csv." + pid + ".").endsWith(".part");
        assertThat(restore.getFileName().toString()).startsWith(".verbinder-restore-" + pid + "-");
        assertThat(TemporaryFiles.processOf(file.getFileName().toString())).contains(pid);
        assertThat(TemporaryFiles.processOf(restore.getFileName().toString())).contains(pid);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(restore)).isEqualTo(PosixFilePermissions.fromString("rwx------"));

        assertThat(TemporaryFiles.removeLeftoversNextTo(database)).as("this process still runs").isZero();
        TemporaryFiles.delete(file);
        TemporaryFiles.delete(restore);
        assertThat(file).doesNotExist();
        assertThat(restore).doesNotExist();
    }

    @Test
    void leftoversOfAKilledProcessAreRemovedOthersStay() throws Exception {
        Process holder = holder(folder, "hold");
        Path leftover = Path.of(new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))
                .readLine());
        assertThat(leftover).exists();
        assertThat(TemporaryFiles.removeLeftoversNextTo(database)).as("its process still runs").isZero();

        holder.destroyForcibly();
        assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Path notOurs = Files.writeString(folder.resolve(".bashrc"), "keep");
        Path oldStyle = Files.createDirectories(folder.resolve(".verbinder-restore-8123456789"));
        Files.setLastModifiedTime(oldStyle, FileTime.from(Instant.now().minus(TemporaryFiles.OLD_STYLE_AGE.multipliedBy(2))));
        Path recentOldStyle = Files.createDirectories(folder.resolve(".verbinder-export-7123456789"));

        assertThat(TemporaryFiles.removeLeftoversNextTo(database)).isEqualTo(2);

        assertThat(leftover).as("killed with kill -9: removed at the next start").doesNotExist();
        assertThat(oldStyle).as("of an earlier version, an hour old").doesNotExist();
        assertThat(recentOldStyle).as("of an earlier version that may still run").exists();
        assertThat(notOurs).exists();
        assertThat(database).exists();
    }

    @Test
    void aNormalExitRemovesWhatWasStillBeingWritten() throws Exception {
        Process holder = holder(folder, "exit");
        assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("praktijk.db");
        }
    }

    @Test
    void anotherUsersLeftoverOrALinkIsNotTouched() throws Exception {
        Path target = Files.writeString(folder.resolve("elders.txt"), "keep");
        Path link = Files.createSymbolicLink(folder.resolve(".verbinder-export-999999999-1"), target);
        Path theirs = Files.writeString(folder.resolve(".x.csv.999999998.1.part"), "theirs");
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            Process chown = new ProcessBuilder("chown", "nobody", theirs.toString()).inheritIO().start();
            assumeTrue(chown.waitFor(30, TimeUnit.SECONDS) && chown.exitValue() == 0, "user nobody exists");
        }
        assumeTrue(ProcessHandle.of(999999999).isEmpty() && ProcessHandle.of(999999998).isEmpty());

        TemporaryFiles.removeLeftoversNextTo(database);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(target).hasContent("keep");
        if (root) {
            assertThat(theirs).as("a file of another user").exists();
        }
    }

    /** Starts a JVM that makes a temporary file in the folder, prints its path, then holds or exits. */
    private static Process holder(Path folder, String mode) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                TemporaryFilesHolder.class.getName(), folder.toString(), mode))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }
}
