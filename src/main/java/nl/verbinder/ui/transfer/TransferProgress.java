package nl.verbinder.ui.transfer;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import nl.verbinder.service.transfer.Progress;

/**
 * The bridge between a long transfer on the background thread and its progress bar and Cancel
 * button: the work reports through {@link #progress()}, the bar follows {@link #fraction()},
 * and {@link #cancel()} makes the work stop at its next step (the service then leaves nothing
 * half-written). Progress reaches the FX thread at most once per percent.
 */
final class TransferProgress {

    /** A bar that moves to and fro: the work has not said how far it is. */
    static final double UNKNOWN = -1;

    /** Hands progress to the FX thread: at once when the work runs on it, else later. */
    static final Executor ON_FX_THREAD = update -> {
        if (Platform.isFxApplicationThread()) {
            update.run();
        } else {
            Platform.runLater(update);
        }
    };

    private final DoubleProperty fraction = new SimpleDoubleProperty(UNKNOWN);
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicInteger shownPercent = new AtomicInteger(-1);
    private final Executor toView;

    TransferProgress() {
        this(ON_FX_THREAD);
    }

    /** @param toView where the bar's updates run (a view-model test without a window runs them at once) */
    TransferProgress(Executor toView) {
        this.toView = toView;
    }

    Progress progress() {
        return Progress.of(this::update, cancelled::get);
    }

    ReadOnlyDoubleProperty fraction() {
        return fraction;
    }

    void cancel() {
        cancelled.set(true);
    }

    boolean isCancelled() {
        return cancelled.get();
    }

    private void update(long done, long total) {
        if (total <= 0) {
            return;
        }
        int percent = (int) Math.min(100, done * 100 / total);
        if (shownPercent.getAndSet(percent) == percent) {
            return;
        }
        toView.execute(() -> fraction.set(percent / 100.0));
    }
}
