package nl.verbinder.ui.shell;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Duration;
import nl.verbinder.service.MomentOutbox;
import nl.verbinder.service.Services;
import nl.verbinder.ui.area.UiContext;

/**
 * What the window says about the contact moments waiting in the outbox ("2 contactmomenten nog
 * te versturen"), and the retry that sends them once the practice server answers again: every
 * {@link #RETRY} while something waits, on a thread of its own (never the FX thread), one send at
 * a time. Empty text when nothing waits, or on a local file (no outbox).
 */
public final class OutboxModel {

    static final Duration RETRY = Duration.seconds(15);

    private final UiContext context;
    private final MomentOutbox outbox;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final AtomicBoolean sending = new AtomicBoolean();
    private final Timeline retry;

    public OutboxModel(UiContext context) {
        this.context = context;
        Services services = context.services();
        this.outbox = services.outbox();
        this.retry = new Timeline(new KeyFrame(RETRY, e -> sendNow()));
        retry.setCycleCount(Timeline.INDEFINITE);
        if (outbox.exists()) {
            outbox.onChange(() -> Platform.runLater(this::count));
            count();
        }
    }

    /** "2 contactmomenten nog te versturen" (and how many the server refused), or empty. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Counts again what waits; starts or stops the retry. Call on the FX thread. */
    public void count() {
        int waiting = outbox.waiting();
        int refused = outbox.refused();
        String said = waiting == 0 ? "" : context.count("ui.outbox.waiting", waiting);
        if (refused > 0) {
            said = (said.isEmpty() ? "" : said + " · ") + context.count("ui.outbox.refused", refused);
        }
        text.set(said);
        if (waiting > 0) {
            retry.play();
        } else {
            retry.stop();
        }
    }

    /** Tries to send what waits now, in the background. */
    public void sendNow() {
        if (!outbox.exists() || !sending.compareAndSet(false, true)) {
            return;
        }
        Thread.ofVirtual().name("verbinder-outbox").start(() -> {
            try {
                outbox.send(context.services().moments());
            } catch (RuntimeException e) {
                System.getLogger("nl.verbinder.ui").log(System.Logger.Level.WARNING,
                        "Sending the waiting contact moments failed; tried again later", e);
            } finally {
                sending.set(false);
                Platform.runLater(this::count);
            }
        });
    }

    /** Stops the retry (the window closes or opens another database). */
    public void stop() {
        retry.stop();
    }
}
