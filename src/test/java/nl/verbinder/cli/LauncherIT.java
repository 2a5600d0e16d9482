package nl.verbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's start command, run as a user runs it: the launcher script in a real process,
 * with an older {@code java} (17) first on the PATH and {@code JAVA_HOME} at this JDK 25. Runs
 * in {@code verify}, after {@code package} made the jar.
 */
class LauncherIT {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path JAR = PROJECT.resolve("target/verbinder.jar");
    private static final Path JAVA_17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin");
    private static final String JDK_25 = System.getProperty("java.home");

    @TempDir
    Path folder;

    /** What a process printed and returned. */
    private record Result(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void needsTheJarAndAnOldJava() {
        assumeTrue(Files.isRegularFile(JAR), "target/verbinder.jar is made by `package`; this test runs in `verify`");
        assumeTrue(Files.isExecutable(JAVA_17.resolve("java")), "needs a Java 17 at " + JAVA_17 + " to put first on the PATH");
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "the bash launcher; verbinder.cmd is for Windows");
    }

    @Test
    void theReadmeStartCommandWorksWithAnOlderJavaFirstOnThePathAndSaysNothingElse() throws Exception {
        String readme = Files.readString(PROJECT.resolve("README.md"));
        assertThat(readme).contains("./mvnw -B -DskipTests package && ./verbinder demo; ./verbinder")
                .contains("JAVA_HOME");
        Path db = folder.resolve("praktijk.db");

        Result demo = run(Map.of("JAVA_HOME", JDK_25), "./verbinder", "--db", db.toString(), "demo");
        Result again = run(Map.of("JAVA_HOME", JDK_25), "./verbinder", "--db", db.toString(), "attention");

        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("Voorbeeldpraktijk gemaakt in " + db);
        assertThat(demo.err()).as("no JVM noise, no [warning][cds]").isEmpty();
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("Aandacht op");
        assertThat(again.err()).isEmpty();
    }

    @Test
    void afterARebuildTheClassArchiveIsMadeAgainSilently() throws Exception {
        Path archive = PROJECT.resolve("target/verbinder.jsa");
        run(Map.of("JAVA_HOME", JDK_25), "./verbinder", "--version");
        assertThat(archive).exists();
        // As after `mvn package`: the jar is newer than the archive made from the old one.
        Files.setLastModifiedTime(archive, java.nio.file.attribute.FileTime.from(
                Files.getLastModifiedTime(JAR).toInstant().minusSeconds(60)));

        Result rebuilt = run(Map.of("JAVA_HOME", JDK_25), "./verbinder", "--version");

        assertThat(rebuilt.exitCode()).isZero();
        assertThat(rebuilt.err()).as("no [error][cds] after a rebuild").isEmpty();
        assertThat(Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(JAR))).isPositive();
    }

    @Test
    void anOldJavaEverywhereIsRefusedWithAClearMessage() throws Exception {
        Result run = run(Map.of("JAVA_HOME", JAVA_17.getParent().toString()), "./verbinder", "--version");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("Verbinder heeft Java 25 of nieuwer nodig. Zet JAVA_HOME op een JDK 25")
                .contains("(Java 17)").doesNotContain("UnsupportedClassVersionError");
    }

    @Test
    void withoutJavaHomeAJava25OnThePathIsUsed() throws Exception {
        Map<String, String> env = Map.of("PATH", JDK_25 + "/bin" + File.pathSeparator + "/usr/bin:/bin");

        Result run = runWithPath(env, "./verbinder", "--version");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Verbinder ");
    }

    @Test
    void hintsNameTheLauncherOrTheJarAsTheUserStartedIt() throws Exception {
        Path db = folder.resolve("praktijk.db");
        run(Map.of("JAVA_HOME", JDK_25), "./verbinder", "--db", db.toString(), "init");

        Result launcher = run(Map.of("JAVA_HOME", JDK_25), "./verbinder", "--db", db.toString(), "partners", "--kleur");
        Result jar = runWithPath(Map.of("PATH", JDK_25 + "/bin:/usr/bin:/bin"), JDK_25 + "/bin/java",
                "--enable-native-access=ALL-UNNAMED", "-jar", "target/verbinder.jar", "--db", db.toString(),
                "partners", "--kleur");

        assertThat(launcher.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(launcher.err()).contains("Zie './verbinder partners --help' voor hulp.");
        assertThat(jar.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(jar.err()).contains("Zie 'java -jar target/verbinder.jar partners --help' voor hulp.");
    }

    @Test
    void aMistypedDbThroughTheLauncherMakesNothing() throws Exception {
        Path typo = folder.resolve("typo").resolve("praktjik.db");

        Result run = run(Map.of("JAVA_HOME", JDK_25), "./verbinder", "--db", typo.toString(), "partners");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err().strip()).isEqualTo("Database bestaat niet: " + typo + " (maak er een met init)");
        assertThat(folder.resolve("typo")).doesNotExist();
    }

    /** Runs with Java 17 first on the PATH, as on a machine with an older Java installed. */
    private Result run(Map<String, String> env, String... command) throws Exception {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("PATH", JAVA_17 + File.pathSeparator + System.getenv("PATH"));
        return runWithPath(all, command);
    }

    private Result runWithPath(Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(PROJECT.toFile());
        builder.environment().remove("JAVA_HOME");
        builder.environment().remove("VERBINDER_DB");
        builder.environment().remove("VERBINDER_LANG");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().putAll(env);
        Path out = Files.createTempFile(folder, "out", ".txt");
        Path err = Files.createTempFile(folder, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("no answer within 3 minutes: " + String.join(" ", command));
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
