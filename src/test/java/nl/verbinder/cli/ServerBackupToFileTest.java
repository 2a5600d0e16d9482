package nl.verbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.verbinder.testutil.PostgresServer;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reverse of {@code migrate-to-server}: a JSON backup of a database on the practice server,
 * restored into a new SQLite file, gives the same practice (partners, attention list, history,
 * networks); a backup as a {@code .db} file of the server is refused with a message that points to
 * JSON, and nothing is written.
 */
class ServerBackupToFileTest {

    @TempDir
    Path folder;

    private static CliRun run(String... args) {
        return CliRun.withArgs(TestDatabase.fixedClock(TestDatabase.TODAY), Map.of(), args);
    }

    @Test
    void aJsonBackupOfTheServerRestoresIntoAFile() throws Exception {
        String server = PostgresServer.get().freshDatabase().substring("jdbc:".length());
        CliRun demo = run("--db", server, "demo");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        Path backup = folder.resolve("praktijk.json");

        CliRun backedUp = run("--db", server, "backup", "--out", backup.toString());
        assertThat(backedUp.exitCode()).as(backedUp.err()).isZero();

        Path file = folder.resolve("terug.db");
        CliRun restored = run("--db", file.toString(), "restore", "--in", backup.toString());
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        for (String[] command : new String[][] {{"partners", "--format", "csv"}, {"attention", "--format", "json"},
                {"changes", "--since", "2000-01-01"}, {"networks"}}) {
            CliRun onServer = run(concat(new String[] {"--db", server}, command));
            CliRun onFile = run(concat(new String[] {"--db", file.toString()}, command));
            assertThat(onServer.exitCode()).as(onServer.err()).isZero();
            assertThat(onFile.exitCode()).as(onFile.err()).isZero();
            assertThat(onFile.out()).as(String.join(" ", command)).isEqualTo(onServer.out()).isNotBlank();
        }
    }

    @Test
    void aDatabaseCopyOfTheServerIsRefusedAndNothingIsWritten() {
        String server = PostgresServer.get().freshDatabase().substring("jdbc:".length());
        Path copy = folder.resolve("praktijk.db");

        CliRun refused = run("--db", server, "backup", "--out", copy.toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains(".json");
        assertThat(Files.exists(copy)).isFalse();
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = new String[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
