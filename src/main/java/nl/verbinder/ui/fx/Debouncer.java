package nl.verbinder.ui.fx;

import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;

/**
 * Runs an action once the user has stopped typing for a moment, so a search is not sent for
 * every key. A zero pause runs the action at once (tests).
 */
public final class Debouncer {

    private final Runnable action;
    private final PauseTransition pause;

    public Debouncer(Duration wait, Runnable action) {
        this.action = action;
        if (wait.isZero()) {
            this.pause = null;
        } else {
            this.pause = new PauseTransition(javafx.util.Duration.millis(wait.toMillis()));
            this.pause.setOnFinished(e -> action.run());
        }
    }

    /** Starts (or restarts) the wait. */
    public void trigger() {
        if (pause == null) {
            action.run();
        } else {
            pause.playFromStart();
        }
    }

    /** Runs the action now if it is waiting (e.g. on Enter). */
    public void flush() {
        if (pause != null && pause.getStatus() == Animation.Status.RUNNING) {
            pause.stop();
            action.run();
        }
    }

    public void cancel() {
        if (pause != null) {
            pause.stop();
        }
    }
}
