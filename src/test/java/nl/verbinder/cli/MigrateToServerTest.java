package nl.verbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import nl.verbinder.testutil.PostgresServer;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate-to-server}: a database file of the last release, with the demo practice, lands
 * on an empty server database with every row (checked per table by the command itself), the file
 * stays byte for byte the same, and a second copy into the now filled database is refused.
 */
class MigrateToServerTest {

    @TempDir
    Path folder;

    private static CliRun run(String... args) {
        return CliRun.withArgs(TestDatabase.fixedClock(TestDatabase.TODAY), Map.of(), args);
    }

    @Test
    void copiesTheFileOntoAnEmptyServerAndLeavesTheFileAlone() throws Exception {
        Path file = folder.resolve("verbinder.db");
        try (InputStream release = MigrateToServerTest.class.getResourceAsStream("/db/release/verbinder-0.1.0-v4.db")) {
            Files.copy(release, file);
        }
        // The release's file is older than this build: opening it once brings it to the current version.
        assertThat(run("--db", file.toString(), "partners", "--format", "csv").exitCode()).isZero();
        String before = sha256(file);
        String server = PostgresServer.get().freshDatabase().substring("jdbc:".length());

        CliRun copied = run("--db", file.toString(), "migrate-to-server", "--url", server);

        assertThat(copied.exitCode()).as(copied.err()).isZero();
        assertThat(copied.out()).contains("is gekopieerd naar").contains("gecontroleerd");
        assertThat(sha256(file)).isEqualTo(before);
        String onFile = run("--db", file.toString(), "partners", "--format", "csv").out();
        String onServer = run("--db", server, "partners", "--format", "csv").out();
        assertThat(onServer).isEqualTo(onFile).contains("Gemeente Amersfoort");
        assertThat(run("--db", server, "attention", "--format", "csv").out())
                .isEqualTo(run("--db", file.toString(), "attention", "--format", "csv").out());

        CliRun again = run("--db", file.toString(), "migrate-to-server", "--url", server);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("niet leeg");
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
