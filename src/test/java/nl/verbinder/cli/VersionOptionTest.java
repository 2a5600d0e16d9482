package nl.verbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.Test;

class VersionOptionTest {

    @Test
    void versionPrintsVerbinderJavaAndJavaFxVersions() {
        CliRun run = CliRun.withArgs(TestDatabase.fixedClock(TestDatabase.TODAY), Map.of(), "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).hasSize(3);
        assertThat(run.out()).startsWith("Verbinder 0.")
                .contains("Java " + Runtime.version().feature())
                .containsPattern("JavaFX \\d+");
    }
}
