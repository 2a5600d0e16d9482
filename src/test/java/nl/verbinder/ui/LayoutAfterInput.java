package nl.verbinder.ui;

import java.util.HashSet;
import java.util.Set;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.stage.Window;

/**
 * Lays out every window right after each input event the robot sends, as the next pulse
 * would. A TestFX step waits for the FX thread's queue, not for that pulse; on a loaded
 * machine the pulse can come after the step returned, and the test then looks for a list
 * cell, a tab or a map point that has not been made or placed yet (NetworkViewTest and a
 * dozen others failed that way with pulses slowed to two a second). The layout runs as an
 * FX event queued behind the input, so the step's own wait covers it.
 *
 * <p>Changes that come without input ({@code robot.interact}, a background result) are not
 * covered: a test waits for those with {@link FxWait#laidOut()}.
 */
final class LayoutAfterInput {

    private final Set<Window> watched = new HashSet<>();
    private final EventHandler<InputEvent> onInput = event -> queueLayout();
    private final ListChangeListener<Window> onWindows = change -> watchAll();
    private boolean queued;

    /** Starts watching every window, now and later; call on the FX thread. */
    static LayoutAfterInput start() {
        LayoutAfterInput layout = new LayoutAfterInput();
        Window.getWindows().addListener(layout.onWindows);
        layout.watchAll();
        return layout;
    }

    private void watchAll() {
        for (Window window : Window.getWindows()) {
            if (watched.add(window)) {
                window.addEventFilter(InputEvent.ANY, onInput);
            }
        }
        watched.retainAll(Window.getWindows());
    }

    private void queueLayout() {
        if (queued) {
            return;
        }
        queued = true;
        Platform.runLater(() -> {
            queued = false;
            for (Window window : Window.getWindows()) {
                Scene scene = window.getScene();
                if (window.isShowing() && scene != null && scene.getRoot() != null) {
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                }
            }
        });
    }

    /** Stops watching; call on the FX thread. */
    void stop() {
        Window.getWindows().removeListener(onWindows);
        for (Window window : watched) {
            window.removeEventFilter(InputEvent.ANY, onInput);
        }
        watched.clear();
    }
}
