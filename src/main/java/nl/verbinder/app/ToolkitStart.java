package nl.verbinder.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;

/**
 * Starts JavaFX's toolkit on a thread of its own, so that the start can open the database at
 * the same time: on a start both take about half a second, and neither needs the other.
 * {@link #then} waits for the toolkit and hands the window's work to the FX thread.
 */
final class ToolkitStart {

    private final CountDownLatch done = new CountDownLatch(1);
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    /** Done when the toolkit is up; never when it could not start. */
    private final CompletableFuture<Void> up = new CompletableFuture<>();

    private ToolkitStart() {
    }

    /** Begins starting the toolkit and returns at once. */
    static ToolkitStart begin() {
        ToolkitStart start = new ToolkitStart();
        Thread thread = new Thread(() -> {
            try {
                Platform.startup(() -> { });
                StartupTimes.mark("toolkit started");
                start.up.complete(null);
            } catch (RuntimeException e) { // no display (UnsupportedOperationException), or started already
                start.failure.set(e);
            } finally {
                start.done.countDown();
            }
        }, "verbinder-toolkit-start");
        thread.setDaemon(true);
        thread.start();
        return start;
    }

    /**
     * Runs {@code onFxThread} on the FX thread as soon as the toolkit is up, without waiting for
     * it: work the window needs anyway (the theme's stylesheet, say) then happens while the
     * database is still opening. Runs before what {@link #then} hands over later; never when
     * the toolkit does not start.
     */
    void prepare(Runnable onFxThread) {
        up.thenRun(() -> Platform.runLater(onFxThread));
    }

    /**
     * Waits for the toolkit and runs {@code onFxThread} on it. Throws what {@link Platform#startup}
     * threw: {@link UnsupportedOperationException} without a display, {@link IllegalStateException}
     * when it was started before.
     */
    void then(Runnable onFxThread) throws InterruptedException {
        awaitStarted();
        Platform.runLater(onFxThread);
    }

    /** Waits until the toolkit is up; throws what {@link Platform#startup} threw. */
    void awaitStarted() throws InterruptedException {
        done.await();
        RuntimeException e = failure.get();
        if (e != null) {
            throw e;
        }
    }

    /**
     * Ends the toolkit when it started (the database could not be opened, say). Without a
     * toolkit there is nothing to end, and {@link Platform#exit} would wait for it.
     */
    void exitIfStarted() {
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (failure.get() == null) {
            Platform.exit();
        }
    }
}
