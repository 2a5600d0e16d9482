package nl.verbinder.ui.transfer;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import nl.verbinder.ui.fx.FxTaskRunner;
import nl.verbinder.ui.fx.TaskRunner;

/**
 * The app's background runner, with one extra for tests: the next piece of work can be held
 * at its start until the test lets it go, so the test can press Cancel while it is under way.
 */
final class HeldTaskRunner implements TaskRunner {

    private final FxTaskRunner runner = new FxTaskRunner();
    private volatile CountDownLatch gate;

    /** The next work waits at its start until {@link #release()}. */
    void holdNext() {
        gate = new CountDownLatch(1);
    }

    void release() {
        CountDownLatch held = gate;
        if (held != null) {
            held.countDown();
        }
    }

    @Override
    public <T> void run(Work<T> work, Consumer<? super T> onDone, Consumer<? super RuntimeException> onFailure) {
        CountDownLatch held = gate;
        runner.run(() -> {
            if (held != null) {
                try {
                    held.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                gate = null;
            }
            return work.call();
        }, onDone, onFailure);
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return runner.busyProperty();
    }

    @Override
    public void shutdown() {
        release();
        runner.shutdown();
    }
}
