package nl.verbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.verbinder.app.SqliteWiring;
import nl.verbinder.service.Services;
import nl.verbinder.service.transfer.NetworkFixture;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.service.transfer.backup.OlderBackups;
import nl.verbinder.store.sqlite.SqliteStore;
import nl.verbinder.testutil.PostgresServer;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JSON backup of an older release (schema version 1, the fixture of {@code BackupRestoreTest})
 * restored onto an empty practice server database: brought up to date in a temporary SQLite file
 * in the data folder and copied over, it gives the same rows as restoring it into a file; a
 * filled server refuses it and keeps what it has; a broken backup leaves the server empty; no
 * temporary file stays behind.
 */
class OlderBackupOntoServerTest {

    private static final Clock CLOCK = TestDatabase.fixedClock(TestDatabase.TODAY);

    @TempDir
    Path folder;

    private Path dataHome;
    private Path olderBackup;

    @BeforeEach
    void makeAnOlderBackup() throws IOException {
        dataHome = folder.resolve("data");
        olderBackup = folder.resolve("versie-1.json");
        try (Services source = SqliteWiring.services(SqliteStore.open(folder.resolve("bron").resolve("verbinder.db"), CLOCK),
                CLOCK)) {
            new NetworkFixture(source);
            source.backups().backUp(olderBackup, Progress.none());
        }
        OlderBackups.makeVersionOne(olderBackup);
    }

    private CliRun run(String... args) {
        return CliRun.withArgs(CLOCK, Map.of("XDG_DATA_HOME", dataHome.toString()), args);
    }

    private static String freshServer() {
        return PostgresServer.get().freshDatabase().substring("jdbc:".length());
    }

    @Test
    void anOlderBackupRestoresOntoTheServerAsIntoAFile() throws Exception {
        Path file = folder.resolve("terug.db");
        CliRun intoFile = run("--db", file.toString(), "restore", "--in", olderBackup.toString());
        assertThat(intoFile.exitCode()).as(intoFile.err()).isZero();
        String server = freshServer();
        // What a restore killed halfway left in the data folder (a process that no longer runs) goes too.
        Path leftover = Files.createDirectories(dataHome.resolve("verbinder").resolve(".verbinder-restore-999999999-1"));
        Files.writeString(leftover.resolve("restore.db"), "persoonsgegevens");

        CliRun ontoServer = run("--db", server, "restore", "--in", olderBackup.toString());

        assertThat(ontoServer.exitCode()).as(ontoServer.err()).isZero();
        Map<String, List<List<String>>> onFile = rows(backUp(file.toString(), "bestand.json"));
        Map<String, List<List<String>>> onServer = rows(backUp(server, "server.json"));
        assertThat(onServer.keySet()).isEqualTo(onFile.keySet());
        assertThat(onFile.get("partner")).isNotEmpty();
        for (String table : onFile.keySet()) {
            if (table.startsWith("history_")) {
                // The history starts at the migrations, made at another moment on each side: the same number of rows.
                assertThat(onServer.get(table)).as(table).hasSameSizeAs(onFile.get(table));
            } else {
                assertThat(onServer.get(table)).as(table).containsExactlyInAnyOrderElementsOf(onFile.get(table));
            }
        }
        for (String[] command : new String[][] {{"partners", "--format", "csv"}, {"attention", "--format", "json"},
                {"networks"}}) {
            assertThat(run(concat(server, command)).out()).as(String.join(" ", command))
                    .isEqualTo(run(concat(file.toString(), command)).out()).isNotBlank();
        }
        assertNoTemporaryFiles();
    }

    @Test
    void aFilledServerRefusesAnOlderBackupAndKeepsWhatItHas() throws Exception {
        String server = freshServer();
        assertThat(run("--db", server, "demo").exitCode()).isZero();
        Map<String, List<List<String>>> before = rows(backUp(server, "voor.json"));

        CliRun refused = run("--db", server, "restore", "--in", olderBackup.toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("bevat al gegevens").doesNotContain("Exception");
        assertThat(rows(backUp(server, "na.json"))).isEqualTo(before);
        assertNoTemporaryFiles();
    }

    @Test
    void aBrokenOlderBackupLeavesTheServerEmpty() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = (ObjectNode) mapper.readTree(olderBackup.toFile());
        for (JsonNode table : json.get("tables")) {
            if (table.get("name").asText().equals("contact_moment")) {
                ((ObjectNode) table).put("rowCount", table.get("rowCount").asLong() + 1);
            }
        }
        Path broken = folder.resolve("kapot.json");
        mapper.writeValue(broken.toFile(), json);
        String server = freshServer();
        Map<String, List<List<String>>> empty = rows(backUp(server, "leeg.json"));

        CliRun refused = run("--db", server, "restore", "--in", broken.toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("contact_moment").contains("Er is niets veranderd");
        assertThat(rows(backUp(server, "na.json"))).isEqualTo(empty);
        assertNoTemporaryFiles();
        // Still empty: the sound backup goes on after the broken one.
        CliRun restored = run("--db", server, "restore", "--in", olderBackup.toString());
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertNoTemporaryFiles();
    }

    /** Nothing of a restore's temporary SQLite file is left in the data folder (nor anywhere under it). */
    private void assertNoTemporaryFiles() throws IOException {
        if (!Files.exists(dataHome)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dataHome)) {
            assertThat(all.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith(".verbinder-restore-") || n.startsWith("restore.db"));
        }
    }

    private Path backUp(String db, String name) {
        Path out = folder.resolve(name);
        CliRun backedUp = run("--db", db, "backup", "--out", out.toString());
        assertThat(backedUp.exitCode()).as(backedUp.err()).isZero();
        return out;
    }

    /** Every table of a JSON backup: its rows, each value as text by column name (null stays null). */
    private static Map<String, List<List<String>>> rows(Path backup) throws IOException {
        Map<String, List<List<String>>> tables = new TreeMap<>();
        for (JsonNode table : new ObjectMapper().readTree(backup.toFile()).get("tables")) {
            List<String> columns = new ArrayList<>();
            table.get("columns").forEach(c -> columns.add(c.asText()));
            List<List<String>> rows = new ArrayList<>();
            for (JsonNode row : table.get("rows")) {
                TreeMap<String, String> byName = new TreeMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    byName.put(columns.get(i), row.get(i).isNull() ? null : row.get(i).asText());
                }
                rows.add(new ArrayList<>(byName.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
            }
            tables.put(table.get("name").asText(), rows);
        }
        return tables;
    }

    private static String[] concat(String db, String[] command) {
        List<String> all = new ArrayList<>(List.of("--db", db));
        all.addAll(List.of(command));
        return all.toArray(String[]::new);
    }
}
