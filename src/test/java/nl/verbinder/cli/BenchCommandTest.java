package nl.verbinder.cli;

import nl.verbinder.app.SqliteWiring;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.verbinder.domain.MomentQuery;
import nl.verbinder.service.Services;
import nl.verbinder.store.sqlite.SqliteStore;
import nl.verbinder.testutil.PostgresServer;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runs end to end on a tiny practice (its figures are not checked: no timed tests). */
class BenchCommandTest {

    @TempDir
    Path folder;

    @Test
    void generatesIntoAnEmptyFileAndReportsEveryMeasurement() {
        CliRun run = CliRun.on(folder.resolve("bench.db"), "--lang", "en", "bench", "--partners", "60", "--moments",
                "600", "--runs", "3", "--warmups", "1", "--no-first-frame", "--today", "2026-11-23");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Generated: 60 partners and 600 contact moments")
                .contains("Attention list, whole practice").contains("Search, one keystroke")
                .contains("Partner table, first page").contains("One partner's timeline")
                .contains("Logging a contact moment").contains("Peak heap use")
                .containsAnyOf("The same attention query in the sqlite3 shell", "sqlite3 is not installed");
        try (SqliteStore store = SqliteStore.open(folder.resolve("bench.db"), TestDatabase.fixedClock(TestDatabase.TODAY))) {
            assertThat(SqliteWiring.services(store, TestDatabase.fixedClock(TestDatabase.TODAY)).moments()
                    .list(MomentQuery.all())).as("the moments the benchmark logged are removed again").hasSize(600);
        }
    }

    @Test
    void measuresThePracticeServerAfterTheFileOnTheSameData() {
        String server = PostgresServer.get().freshDatabase().substring("jdbc:".length());

        CliRun run = CliRun.on(folder.resolve("bench.db"), "--lang", "en", "bench", "--partners", "40", "--moments",
                "400", "--runs", "2", "--warmups", "1", "--no-first-frame", "--today", "2026-11-23",
                "--store", "postgresql", "--server", server);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Copied to the practice server (migrate-to-server)")
                .contains("The same measurements on the practice server")
                .contains("Practice server against the file in this run: attention list");
        assertThat(run.out().split("Attention list, whole practice", -1))
                .as("the attention list is measured on both stores").hasSize(3);
        assertThat(CliRun.on(folder.resolve("other.db"), "--lang", "en", "bench", "--store", "postgresql").err())
                .contains("--server");
    }
}
