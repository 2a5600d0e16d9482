package nl.verbinder.cli;

import nl.verbinder.app.SqliteWiring;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.verbinder.domain.MomentQuery;
import nl.verbinder.service.Services;
import nl.verbinder.store.sqlite.SqliteStore;
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
}
