package nl.verbinder.service.transfer.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.service.transfer.Fixtures;
import nl.verbinder.service.transfer.NetworkFixture;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JSON backup that lost rows but is still valid JSON is refused, naming the table and the counts. */
class BackupRowCountTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path folder;

    private Path backup;

    @BeforeEach
    void backUpANetwork() {
        backup = folder.resolve("backup.json");
        try (TestDatabase source = TestDatabase.in(folder.resolve("source"))) {
            new NetworkFixture(source.services());
            source.services().backups().backUp(backup, Progress.none());
        }
    }

    @Test
    void eachTableStatesItsRowCount() throws Exception {
        JsonNode json = MAPPER.readTree(backup.toFile());
        long sum = 0;
        for (JsonNode table : json.get("tables")) {
            assertThat(table.get("rowCount").asLong()).isEqualTo(table.get("rows").size());
            sum += table.get("rowCount").asLong();
        }
        assertThat(json.get("rowCount").asLong()).isEqualTo(sum);
    }

    @Test
    void aTableWithFewerRowsThanItStatesIsRefusedByNameAndCounts() throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(backup.toFile());
        ArrayNode rows = (ArrayNode) table(json, "partner").get("rows");
        int stated = rows.size();
        rows.remove(rows.size() - 1);
        Path damaged = folder.resolve("minder.json");
        MAPPER.writeValue(damaged.toFile(), json);

        try (TestDatabase target = TestDatabase.in(folder.resolve("target"))) {
            Map<String, List<List<Object>>> empty = Fixtures.dump(target.file());
            assertThatThrownBy(() -> target.services().backups().restore(damaged, Progress.none()))
                    .isInstanceOfSatisfying(VerbinderException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("transfer.restore.json.table-count");
                        assertThat(e.args()).containsExactly("partner", (long) stated - 1, (long) stated);
                    });
            assertThat(Fixtures.dump(target.file())).isEqualTo(empty);
        }
    }

    @Test
    void anOlderBackupWithOnlyItsTotalIsComparedAsAWhole() throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(backup.toFile());
        for (JsonNode table : json.get("tables")) {
            ((ObjectNode) table).remove("rowCount");
        }
        long total = json.get("rowCount").asLong();
        ArrayNode rows = (ArrayNode) table(json, "partner_tag").get("rows");
        rows.remove(0);
        Path damaged = folder.resolve("oud.json");
        MAPPER.writeValue(damaged.toFile(), json);

        try (TestDatabase target = TestDatabase.in(folder.resolve("target"))) {
            assertThatThrownBy(() -> target.services().backups().restore(damaged, Progress.none()))
                    .isInstanceOfSatisfying(VerbinderException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("transfer.restore.json.row-count");
                        assertThat(e.args()).containsExactly(total - 1, total);
                    });
        }
    }

    @Test
    void anOlderBackupWithoutTableCountsStillRestores() throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(backup.toFile());
        for (JsonNode table : json.get("tables")) {
            ((ObjectNode) table).remove("rowCount");
        }
        Path old = folder.resolve("oud.json");
        MAPPER.writeValue(old.toFile(), json);

        try (TestDatabase target = TestDatabase.in(folder.resolve("target"))) {
            BackupSummary summary = target.services().backups().restore(old, Progress.none());
            assertThat(summary.rows()).isEqualTo(json.get("rowCount").asLong());
        }
    }

    private static JsonNode table(JsonNode json, String name) {
        for (JsonNode table : json.get("tables")) {
            if (table.get("name").asText().equals(name)) {
                return table;
            }
        }
        throw new AssertionError("no table " + name);
    }
}
