package nl.verbinder.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import nl.verbinder.domain.VerbinderException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class FxTaskRunnerTest {

    private final FxTaskRunner runner = new FxTaskRunner();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        runner.shutdown();
    }

    @Test
    void workRunsOffTheFxThreadAndTheResultArrivesOnIt() throws Exception {
        CompletableFuture<Boolean> workOnFx = new CompletableFuture<>();
        CompletableFuture<Boolean> doneOnFx = new CompletableFuture<>();

        Platform.runLater(() -> runner.run(() -> {
            workOnFx.complete(Platform.isFxApplicationThread());
            return 42;
        }, result -> doneOnFx.complete(Platform.isFxApplicationThread() && result == 42), failure -> { }));

        assertThat(workOnFx.get(5, TimeUnit.SECONDS)).isFalse();
        assertThat(doneOnFx.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aRefusalReachesTheFailureHandlerOnTheFxThread() throws Exception {
        CompletableFuture<RuntimeException> failed = new CompletableFuture<>();

        Platform.runLater(() -> runner.run(() -> {
            throw new VerbinderException("error.required");
        }, result -> { }, failure -> {
            if (Platform.isFxApplicationThread()) {
                failed.complete(failure);
            }
        }));

        assertThat(failed.get(5, TimeUnit.SECONDS)).isInstanceOf(VerbinderException.class);
    }

    @Test
    void isBusyWhileWorkRuns() throws Exception {
        CompletableFuture<Void> release = new CompletableFuture<>();
        CompletableFuture<Boolean> busyWhileRunning = new CompletableFuture<>();
        CompletableFuture<Boolean> idleAfter = new CompletableFuture<>();

        Platform.runLater(() -> {
            runner.run(() -> release.join(), done -> idleAfter.complete(!runner.busyProperty().get()), f -> { });
            busyWhileRunning.complete(runner.busyProperty().get());
        });
        assertThat(busyWhileRunning.get(5, TimeUnit.SECONDS)).isTrue();
        release.complete(null);

        assertThat(idleAfter.get(5, TimeUnit.SECONDS)).isTrue();
    }
}
