package nl.verbinder.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database file made by release 0.1.0 (schema version 4, the demo practice) still opens and
 * migrates to this version: Flyway's checksums of the shipped files still match wherever the
 * files live, and the data is all there.
 */
class ReleaseFixtureTest {

    private static final String FIXTURE = "/db/release/verbinder-0.1.0-v4.db";

    @TempDir
    Path folder;

    @Test
    void aFileOfTheReleaseOpensAndMigratesWithItsDataIntact() throws IOException {
        Path file = folder.resolve("verbinder.db");
        try (InputStream in = ReleaseFixtureTest.class.getResourceAsStream(FIXTURE)) {
            Files.copy(in, file);
        }
        try (SqliteStore store = SqliteStore.open(file, TestDatabase.fixedClock(TestDatabase.TODAY))) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.LATEST_VERSION);
            int partners = store.transactions().read(() -> store.partners().count(PartnerQuery.all(), TestDatabase.TODAY));
            assertThat(partners).isEqualTo(36);
            assertThat(store.transactions().read(() -> store.partners().list(PartnerQuery.all().withSearch("lind"),
                    TestDatabase.TODAY))).isNotEmpty();
        }
    }
}
