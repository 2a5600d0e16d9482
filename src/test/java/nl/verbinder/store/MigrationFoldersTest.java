package nl.verbinder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.verbinder.store.postgres.PostgresMigrations;
import nl.verbinder.store.sqlite.SqliteStore;
import org.junit.jupiter.api.Test;

/** The rule of db/migrations/README.md: every schema version exists for both databases. */
class MigrationFoldersTest {

    private static final Path MIGRATIONS = Path.of("db/migrations");
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

    @Test
    void bothDatabasesHaveTheSameVersions() throws IOException {
        List<String> postgres = new java.util.ArrayList<>(versions(MIGRATIONS.resolve("postgresql")));
        postgres.addAll(PostgresMigrations.NOT_YET_PORTED);
        assertThat(postgres.stream().sorted().toList())
                .as("the versions in db/migrations/postgresql (and those not yet ported), against db/migrations/sqlite")
                .isEqualTo(versions(MIGRATIONS.resolve("sqlite")));
    }

    @Test
    void bothStoresKnowTheSameLatestVersion() {
        assertThat(PostgresMigrations.LATEST_VERSION + PostgresMigrations.NOT_YET_PORTED.size())
                .isEqualTo(SqliteStore.latestSchemaVersion());
    }

    @Test
    void noMigrationLiesOutsideTheDatabaseFolders() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".sql")).toList())
                    .as("Move each to db/migrations/sqlite/ and write its PostgreSQL twin in db/migrations/postgresql/ "
                            + "(see db/migrations/README.md)")
                    .isEmpty();
        }
    }

    private static List<String> versions(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> VERSIONED.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> m.group(0))
                    .sorted()
                    .toList();
        }
    }
}
