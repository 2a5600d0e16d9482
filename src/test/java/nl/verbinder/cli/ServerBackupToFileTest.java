package nl.verbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.verbinder.testutil.PostgresServer;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON backups between the practice server and a file, both ways: a backup of the server restored
 * into a new SQLite file gives the same practice (partners, attention list, history, networks); a
 * file's backup restored onto an empty server database holds the same rows in every table. A
 * backup as a {@code .db} file of the server is refused with a message that points to JSON, and
 * nothing is written.
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

    /**
     * A file's JSON backup restored onto an empty server database, backed up again from there:
     * every table holds the same rows (values compared as text: the server reads every number as
     * a long), and that backup restores into a new file.
     */
    @Test
    void aFilesJsonBackupRestoresOntoTheServerRowByRowAndBack() throws Exception {
        Path file = folder.resolve("verbinder.db");
        assertThat(run("--db", file.toString(), "demo").exitCode()).isZero();
        Path fromFile = folder.resolve("uit-bestand.json");
        assertThat(run("--db", file.toString(), "backup", "--out", fromFile.toString()).exitCode()).isZero();
        String server = PostgresServer.get().freshDatabase().substring("jdbc:".length());

        CliRun restored = run("--db", server, "restore", "--in", fromFile.toString());
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        Path fromServer = folder.resolve("uit-server.json");
        CliRun backedUp = run("--db", server, "backup", "--out", fromServer.toString());
        assertThat(backedUp.exitCode()).as(backedUp.err()).isZero();

        Map<String, List<List<String>>> original = rows(fromFile);
        assertThat(original.get("partner")).hasSizeGreaterThan(10);
        assertThat(original.get("history_change")).isNotEmpty();
        Map<String, List<List<String>>> copy = rows(fromServer);
        assertThat(copy.keySet()).isEqualTo(original.keySet());
        for (String table : original.keySet()) {
            assertThat(copy.get(table)).as(table).containsExactlyInAnyOrderElementsOf(original.get(table));
        }
        Path again = folder.resolve("terug.db");
        assertThat(run("--db", again.toString(), "restore", "--in", fromServer.toString()).exitCode()).isZero();
        assertThat(run("--db", again.toString(), "partners", "--format", "csv").out())
                .isEqualTo(run("--db", file.toString(), "partners", "--format", "csv").out());
    }

    /** Every table of a JSON backup: its rows, each value as text (null stays null). */
    private static Map<String, List<List<String>>> rows(Path backup) throws java.io.IOException {
        Map<String, List<List<String>>> tables = new java.util.TreeMap<>();
        for (JsonNode table : new ObjectMapper().readTree(backup.toFile()).get("tables")) {
            List<String> columns = new java.util.ArrayList<>();
            table.get("columns").forEach(c -> columns.add(c.asText()));
            List<List<String>> rows = new java.util.ArrayList<>();
            for (JsonNode row : table.get("rows")) {
                // By column name: the two stores may list a table's columns in another order.
                java.util.TreeMap<String, String> byName = new java.util.TreeMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    byName.put(columns.get(i), row.get(i).isNull() ? null : row.get(i).asText());
                }
                rows.add(new java.util.ArrayList<>(byName.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .toList()));
            }
            tables.put(table.get("name").asText(), rows);
        }
        return tables;
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
