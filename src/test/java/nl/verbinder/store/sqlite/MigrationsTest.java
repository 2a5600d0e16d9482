package nl.verbinder.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.verbinder.testutil.PlainSqlite;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    /** The migrations as they ship, read from the working directory (Maven's base dir). */
    private static final Path MIGRATIONS = Path.of("db/migrations/sqlite");
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

    @TempDir
    Path folder;

    @Test
    void latestVersionIsTheHighestMigrationFile() throws IOException {
        OptionalInt highest;
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            highest = files.map(f -> VERSIONED.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max();
        }
        assertThat(highest).isPresent();
        assertThat(Migrations.LATEST_VERSION).isEqualTo(highest.getAsInt());
        assertThat(SqliteStore.latestSchemaVersion()).isEqualTo(highest.getAsInt());
    }

    @Test
    void newFileGetsEveryTableAndIndexOfTheFirstMigration() throws IOException, SQLException {
        String v1 = Files.readString(MIGRATIONS.resolve("V1__initial_schema.sql"));
        List<String> tables = names(v1, "CREATE TABLE (\\w+)");
        List<String> indexes = names(v1, "CREATE (?:UNIQUE )?INDEX (\\w+)");
        assertThat(tables).contains("partner", "contact_moment", "environment_note_partner");

        try (TestDatabase db = TestDatabase.in(folder)) {
            assertThat(db.store().schemaVersion()).isEqualTo(Migrations.LATEST_VERSION);
        }
        try (Connection c = PlainSqlite.open(folder.resolve("verbinder.db"))) {
            assertThat(PlainSqlite.tables(c)).containsAll(tables).contains("flyway_schema_history");
            assertThat(PlainSqlite.column(c, "SELECT name FROM sqlite_master WHERE type = 'index'"))
                    .containsAll(indexes);
        }
    }

    @Test
    void newFileHasEveryShippedMigrationInFlywaysHistory() throws SQLException, IOException {
        try (TestDatabase db = TestDatabase.in(folder)) {
            assertThat(db.store().schemaVersion()).isEqualTo(Migrations.LATEST_VERSION);
        }
        try (Connection c = PlainSqlite.open(folder.resolve("verbinder.db"))) {
            assertThat(PlainSqlite.column(c,
                    "SELECT version || ':' || success FROM flyway_schema_history WHERE version IS NOT NULL "
                            + "ORDER BY installed_rank"))
                    .containsExactlyElementsOf(shippedVersions().stream().map(v -> v + ":1").toList());
        }
    }

    @Test
    void newFileHasTheEmptyPracticeProfileRow() throws SQLException {
        try (TestDatabase db = TestDatabase.in(folder)) {
            assertThat(db.services().practice().get().version()).isZero();
            assertThat(db.services().practice().get().name()).isEmpty();
        }
        try (Connection c = PlainSqlite.open(folder.resolve("verbinder.db"))) {
            assertThat(PlainSqlite.column(c, "SELECT id FROM practice_profile")).containsExactly("1");
        }
    }

    @Test
    void newFileHasNoOtherDataThanTheProfile() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            for (String table : List.of("therapist", "partner", "partner_tag", "contact_person", "contact_moment",
                    "shared_goal", "environment_note")) {
                assertThat(db.rowCount(table)).as(table).isZero();
            }
        }
    }

    @Test
    void reopeningAnUpToDateFileMigratesNothingAndCopiesNothing() throws SQLException, IOException {
        TestDatabase.in(folder).close();
        try (TestDatabase again = TestDatabase.in(folder)) {
            assertThat(again.store().schemaVersion()).isEqualTo(Migrations.LATEST_VERSION);
            assertThat(again.store().backups()).isEmpty();
        }
        try (Connection c = PlainSqlite.open(folder.resolve("verbinder.db"))) {
            assertThat(PlainSqlite.integer(c, "SELECT count(*) FROM flyway_schema_history"))
                    .isEqualTo(shippedVersions().size());
        }
    }

    /** The versions of the migration files, lowest first. */
    private static List<Integer> shippedVersions() {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.map(f -> VERSIONED.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> names(String sql, String regex) {
        return Pattern.compile(regex).matcher(sql).results().map(m -> m.group(1)).toList();
    }
}
