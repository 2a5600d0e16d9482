package nl.verbinder.service.transfer.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.service.transfer.Fixtures;
import nl.verbinder.service.transfer.NetworkFixture;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.service.transfer.TransferCancelledException;
import nl.verbinder.service.transfer.imports.ColumnMapping;
import nl.verbinder.service.transfer.imports.CsvTable;
import nl.verbinder.service.transfer.imports.ImportOptions;
import nl.verbinder.service.transfer.imports.ImportService;
import nl.verbinder.store.DatabaseFileException;
import nl.verbinder.store.sqlite.SqliteStore;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRestoreTest {

    @TempDir
    Path folder;

    @Test
    void jsonBackupThenRestoreGivesBackEveryTableRowByRow() throws Exception {
        Path backup = folder.resolve("backup.json");
        Map<String, List<List<Object>>> original;
        try (TestDatabase source = TestDatabase.in(folder.resolve("source"))) {
            new NetworkFixture(source.services());
            importSomething(source);
            source.services().backups().backUp(backup, Progress.none());
            original = Fixtures.dump(source.file());
        }

        try (TestDatabase target = TestDatabase.in(folder.resolve("target"))) {
            BackupSummary summary = target.services().backups().restore(backup, Progress.none());

            assertThat(summary.format()).isEqualTo(BackupFormat.JSON);
            assertThat(Fixtures.dump(target.file())).isEqualTo(original);
            assertThat(target.services().partners().resolve("'t Hart").name()).isEqualTo("Diëtistenpraktijk 't Hart");
        }
        assertThat(original.get("partner")).hasSize(6);
        assertThat(original.get("import_record")).hasSize(1);
        assertThat(original.keySet()).contains("practice_profile", "partner_tag", "contact_moment_person",
                "contact_moment_goal", "shared_goal_partner", "environment_note_partner", "import_record_item");
    }

    @Test
    void jsonBackupNamesFormatAndSchemaVersionAndKeepsTypes() throws Exception {
        Path backup = folder.resolve("backup.json");
        try (TestDatabase db = TestDatabase.in(folder)) {
            new NetworkFixture(db.services());
            db.services().backups().backUp(backup, Progress.none());
        }

        JsonNode json = new ObjectMapper().readTree(backup.toFile());
        assertThat(json.get("format").asText()).isEqualTo("verbinder-backup");
        assertThat(json.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(SqliteStore.latestSchemaVersion());
        JsonNode partner = table(json, "partner");
        assertThat(partner.get("columns").get(0).asText()).isEqualTo("id");
        JsonNode firstRow = partner.get("rows").get(0);
        assertThat(firstRow.get(0).isIntegralNumber()).isTrue();
        assertThat(firstRow.get(1).asText()).isEqualTo("Diëtistenpraktijk 't Hart");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
    }

    @Test
    void databaseCopyThenRestoreGivesBackEveryTableRowByRow() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(TestDatabase.onPostgres(),
                "a .db copy is SQLite's own; ServerBackupToFileTest restores JSON onto and from the server");
        Path backup = folder.resolve("backup.db");
        Map<String, List<List<Object>>> original;
        try (TestDatabase source = TestDatabase.in(folder.resolve("source"))) {
            new NetworkFixture(source.services());
            BackupSummary made = source.services().backups().backUp(backup, Progress.none());
            assertThat(made.format()).isEqualTo(BackupFormat.DATABASE);
            original = Fixtures.dump(source.file());
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("source", "backup.db");
        }
        assertThat(Fixtures.dump(backup)).isEqualTo(original);

        try (TestDatabase target = TestDatabase.in(folder.resolve("target"))) {
            target.services().backups().restore(backup, Progress.none());

            // V5's history starts at the migration: the records are the same, the history is new.
            original.keySet().removeIf(table -> table.startsWith("history_"));
            Map<String, List<List<Object>>> restored = Fixtures.dump(target.file());
            restored.keySet().removeIf(table -> table.startsWith("history_"));
            assertThat(restored).isEqualTo(original);
            try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + target.file());
                 var statement = connection.createStatement();
                 var mode = statement.executeQuery("PRAGMA journal_mode")) {
                assertThat(mode.getString(1)).isEqualTo("wal");
            }
            Partner added = target.services().partners().create(Partner.builder().name("Na het terugzetten")
                    .category(Category.OTHER).build());
            assertThat(added.id()).isEqualTo(5);
        }
        try (TestDatabase reopened = TestDatabase.in(folder.resolve("target"))) {
            assertThat(reopened.services().partners().resolve("Na het terugzetten")).isNotNull();
        }
    }

    @Test
    void restoreRefusesADatabaseThatHoldsDataAndChangesNothing() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(TestDatabase.onPostgres(),
                "a .db copy is SQLite's own; ServerBackupToFileTest restores JSON onto and from the server");
        Path backup = folder.resolve("backup.json");
        try (TestDatabase source = TestDatabase.in(folder.resolve("source"))) {
            new NetworkFixture(source.services());
            source.services().backups().backUp(backup, Progress.none());
            source.services().backups().backUp(folder.resolve("backup.db"), Progress.none());
        }
        try (TestDatabase target = TestDatabase.in(folder.resolve("target"))) {
            target.services().partners().create(Partner.builder().name("Eigen partner").category(Category.GP).build());
            Map<String, List<List<Object>>> before = Fixtures.dump(target.file());

            for (String name : List.of("backup.json", "backup.db")) {
                assertThatThrownBy(() -> target.services().backups().restore(folder.resolve(name), Progress.none()))
                        .isInstanceOfSatisfying(VerbinderException.class,
                                e -> assertThat(e.messageKey()).isEqualTo("transfer.restore.not-empty"));
            }
            assertThat(Fixtures.dump(target.file())).isEqualTo(before);
        }
    }

    @Test
    void backupFromANewerVersionIsRefused() throws Exception {
        Path backup = folder.resolve("backup.json");
        try (TestDatabase source = TestDatabase.in(folder.resolve("source"))) {
            source.services().backups().backUp(backup, Progress.none());
        }
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(backup.toFile());
        json.put("schemaVersion", 99);
        new ObjectMapper().writeValue(backup.toFile(), json);

        try (TestDatabase target = TestDatabase.in(folder.resolve("target"))) {
            assertThatThrownBy(() -> target.services().backups().restore(backup, Progress.none()))
                    .isInstanceOfSatisfying(VerbinderException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("transfer.restore.newer-version"));
            assertThatThrownBy(() -> target.services().backups().restore(folder.resolve("missing.json"),
                    Progress.none())).isInstanceOfSatisfying(VerbinderException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("transfer.restore.missing"));
        }
    }

    @Test
    void backupOfAnOlderSchemaIsRestoredThroughTheMigrations() throws Exception {
        Path backup = folder.resolve("backup.json");
        Map<String, List<List<Object>>> original;
        try (TestDatabase source = TestDatabase.in(folder.resolve("source"))) {
            new NetworkFixture(source.services());
            source.services().backups().backUp(backup, Progress.none());
            original = Fixtures.dump(source.file());
        }
        OlderBackups.makeVersionOne(backup);

        try (TestDatabase target = TestDatabase.in(folder.resolve("target"))) {
            target.services().backups().restore(backup, Progress.none());

            // V5's history starts at the migration: the records are the same, the history is new.
            original.keySet().removeIf(table -> table.startsWith("history_"));
            Map<String, List<List<Object>>> restored = Fixtures.dump(target.file());
            restored.keySet().removeIf(table -> table.startsWith("history_"));
            assertThat(restored).isEqualTo(original);
            assertThat(target.store().schemaVersion()).isEqualTo(SqliteStore.latestSchemaVersion());
        }
    }

    @Test
    void damagedOrForeignFilesAreRefusedAndTheDatabaseStaysEmpty() throws Exception {
        Path truncated = folder.resolve("truncated.json");
        Path other = folder.resolve("other.db");
        Path text = folder.resolve("notes.txt");
        try (TestDatabase source = TestDatabase.in(folder.resolve("source"))) {
            new NetworkFixture(source.services());
            Path full = folder.resolve("full.json");
            source.services().backups().backUp(full, Progress.none());
            String content = Files.readString(full);
            Files.writeString(truncated, content.substring(0, content.length() / 2));
        }
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + other);
             var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)");
        }
        Files.writeString(text, "Dit is geen reservekopie.");

        try (TestDatabase target = TestDatabase.in(folder.resolve("target"))) {
            Map<String, List<List<Object>>> empty = Fixtures.dump(target.file());
            assertThatThrownBy(() -> target.services().backups().restore(truncated, Progress.none()))
                    .isInstanceOfSatisfying(VerbinderException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("transfer.restore.json.invalid"));
            assertThatThrownBy(() -> target.services().backups().restore(other, Progress.none()))
                    .isInstanceOfSatisfying(DatabaseFileException.class,
                            e -> assertThat(e.file()).isEqualTo(other));
            assertThatThrownBy(() -> target.services().backups().restore(text, Progress.none()))
                    .isInstanceOfSatisfying(VerbinderException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("transfer.restore.unknown-format"));
            assertThat(Fixtures.dump(target.file())).isEqualTo(empty);
            try (var files = Files.list(folder.resolve("target"))) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .noneMatch(n -> n.startsWith(".verbinder-restore-"));
            }
        }
    }

    @Test
    void cancelledRestoreLeavesTheDatabaseEmpty() throws Exception {
        Path backup = folder.resolve("backup.json");
        try (TestDatabase source = TestDatabase.in(folder.resolve("source"))) {
            new NetworkFixture(source.services());
            source.services().backups().backUp(backup, Progress.none());
        }
        try (TestDatabase target = TestDatabase.in(folder.resolve("target"))) {
            Map<String, List<List<Object>>> empty = Fixtures.dump(target.file());
            AtomicInteger rows = new AtomicInteger();

            assertThatThrownBy(() -> target.services().backups().restore(backup,
                    Progress.of((done, total) -> rows.incrementAndGet(), () -> rows.get() >= 10)))
                    .isInstanceOf(TransferCancelledException.class);

            assertThat(Fixtures.dump(target.file())).isEqualTo(empty);
        }
    }

    @Test
    void backupNeedsAJsonOrDbFileName() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            assertThatThrownBy(() -> db.services().backups().backUp(folder.resolve("backup.zip"), Progress.none()))
                    .isInstanceOfSatisfying(VerbinderException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("transfer.backup.extension"));
        }
    }

    private static void importSomething(TestDatabase db) {
        ImportService imports = db.services().imports();
        CsvTable table = imports.readPartnerList(Fixtures.copy("partners-tab.tsv", db.file().getParent()));
        imports.run(imports.planPartnerList(table, ColumnMapping.suggest(table), ImportOptions.defaults(),
                Progress.none()), Progress.none());
    }

    private static JsonNode table(JsonNode json, String name) {
        for (JsonNode table : json.get("tables")) {
            if (table.get("name").asText().equals(name)) {
                return table;
            }
        }
        throw new AssertionError("No table " + name);
    }
}
