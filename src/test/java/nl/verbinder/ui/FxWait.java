package nl.verbinder.ui;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Window;
import nl.verbinder.ui.fx.TaskRunner;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits for what a user waits for, on conditions and never by sleeping.
 *
 * <p>A TestFX step ({@code clickOn}, {@code moveTo}, {@code interact}) returns once the FX
 * thread has run the events queued so far. CSS and layout run later, in the next pulse, and
 * on a loaded machine that pulse can come well after the step returned: a node added by the
 * step then still has no size and no place. A test that reads sizes or screen points (or
 * clicks a node that just appeared) first waits for {@link #laidOut()}.
 */
public final class FxWait {

    /** Long enough for a machine shared by many builds; a pass usually takes milliseconds. */
    static final long TIMEOUT_SECONDS = 30;

    private FxWait() {
    }

    /**
     * Waits until two pulses have run CSS and layout over every showing window: the first lays
     * out what the last step changed, the second what that layout asked for in turn.
     */
    public static void laidOut() {
        for (int pulse = 0; pulse < 2; pulse++) {
            CompletableFuture<Boolean> done = new CompletableFuture<>();
            Platform.runLater(() -> afterNextPulse(done));
            get(done);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void afterNextPulse(CompletableFuture<Boolean> done) {
        List<Scene> scenes = Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                .filter(Objects::nonNull).toList();
        if (scenes.isEmpty()) {
            done.complete(true);
            return;
        }
        Scene scene = scenes.getFirst();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // the other windows are laid out later in the same pulse: answer once it is over
            Platform.runLater(() -> done.complete(true));
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /**
     * Waits until the condition, read on the FX thread (where the views change), holds; fails
     * after the timeout with the description.
     */
    public static void until(String description, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + TIMEOUT_SECONDS + " s for: " + description, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Waits until the background runner has nothing to do, also no work that a result started
     * after it came back (a list reloading after a save), and the results are shown. The runner
     * is read on the FX thread, where it counts its work, so no gap between the end of one piece
     * and the start of the next is seen as idle.
     */
    public static void idle(TaskRunner tasks) {
        for (int round = 0; round < 50; round++) {
            until("the background work to finish", () -> !tasks.busyProperty().get());
            // a result may post more (a runLater, a layout that asks for data): let it run, look again
            laidOut();
            if (onFx(() -> !tasks.busyProperty().get())) {
                return;
            }
        }
        throw new AssertionError("the background work kept starting again");
    }

    private static boolean onFx(BooleanSupplier condition) {
        if (Platform.isFxApplicationThread()) {
            return condition.getAsBoolean();
        }
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(condition.getAsBoolean());
            } catch (RuntimeException | Error e) {
                answer.completeExceptionally(e);
            }
        });
        return get(answer);
    }

    private static boolean get(CompletableFuture<Boolean> answer) {
        try {
            return answer.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the FX thread", e);
        } catch (ExecutionException e) {
            throw new AssertionError("the condition failed on the FX thread", e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("the FX thread did not answer in " + TIMEOUT_SECONDS + " s", e);
        }
    }
}
