package nl.verbinder.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.verbinder.testutil.JavaProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app started as a user starts it, in real processes: without a display it says so and
 * ends at once (it used to hang after the message); processes starting together print nothing
 * on the terminal but their own output; library logging goes to the log file in the data folder.
 */
class StartUpProcessTest {

    /** Generous: JVMs starting together on a busy two-core build machine are slow; a hang takes forever. */
    private static final Duration TIMEOUT = Duration.ofSeconds(180);

    @TempDir
    Path folder;

    @Test
    void withoutADisplayTheAppSaysSoAndEndsAtOnceWithCode1() throws Exception {
        JavaProcess app = JavaProcess.start(folder, Main.class.getName(), List.of(), this::userWithoutDisplay);

        int exit = app.waitFor(TIMEOUT);

        assertThat(exit).as("exit code (-1: still running after %s)", TIMEOUT).isEqualTo(1);
        assertThat(app.stderr()).contains("Er is geen beeldscherm gevonden").doesNotContain("Exception", "\tat ");
    }

    @Test
    void processesStartingAtOncePrintNothingOnTheTerminal() throws Exception {
        JavaProcess first = JavaProcess.start(folder, Main.class.getName(), List.of(), this::userWithoutDisplay,
                "partners", "--format", "csv");
        assertThat(first.waitFor(TIMEOUT)).as("creating the database; stderr: %s", first.stderr()).isZero();
        List<JavaProcess> all = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            all.add(JavaProcess.start(folder, Main.class.getName(), List.of(), this::userWithoutDisplay,
                    "partners", "--format", "csv"));
        }
        for (JavaProcess process : all) {
            assertThat(process.waitFor(TIMEOUT)).as("exit code; stderr: %s", process.stderr()).isZero();
            assertThat(process.stderr()).isEmpty();
        }
        Path data = folder.resolve("data/verbinder");
        assertThat(data.resolve("native")).isDirectory();
        if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
            assertThat(permissions(data)).isEqualTo("rwx------");
            assertThat(permissions(data.resolve("native"))).isEqualTo("rwx------");
            assertThat(permissions(data.resolve("logs"))).isEqualTo("rwx------");
        }
    }

    @Test
    void libraryLoggingGoesToTheLogFileNotTheTerminal() throws Exception {
        Path data = folder.resolve("data/verbinder");
        JavaProcess probe = JavaProcess.start(folder, LogProbe.class.getName(), List.of(), env -> { },
                data.toString());

        assertThat(probe.waitFor(TIMEOUT)).as("stderr: %s", probe.stderr()).isZero();

        assertThat(probe.stderr()).isEmpty();
        List<String> lines = probe.stdout().lines().toList();
        assertThat(lines.getFirst()).isEqualTo(data.resolve("native").toString());
        assertThat(lines.subList(1, lines.size())).as("the native library, unpacked in our folder")
                .anyMatch(name -> name.contains("sqlite"));
        String log = Files.readString(data.resolve("logs/verbinder-0.log"));
        assertThat(log).contains("SEVERE", "Failed to delete old native lib", "NoSuchFileException");
    }

    private void userWithoutDisplay(Map<String, String> env) {
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        env.remove("VERBINDER_LANG");
        env.put("HOME", folder.resolve("home").toString());
        env.put("XDG_DATA_HOME", folder.resolve("data").toString());
        env.put("VERBINDER_DB", folder.resolve("praktijk/verbinder.db").toString());
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
