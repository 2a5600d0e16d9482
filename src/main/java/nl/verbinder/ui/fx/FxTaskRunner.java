package nl.verbinder.ui.fx;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;

/**
 * Runs work as {@link Task}s on one background thread. One thread keeps the order in which
 * work was asked for (a search typed later never overtakes an earlier one) and matches
 * SQLite's single writer; reads are short, so one thread keeps up.
 */
public final class FxTaskRunner implements TaskRunner {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "verbinder-background");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int running;

    @Override
    public <T> void run(Work<T> work, Consumer<? super T> onDone, Consumer<? super RuntimeException> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> {
            finished();
            onDone.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished();
            Throwable failure = task.getException();
            onFailure.accept(failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure));
        });
        running++;
        busy.set(true);
        executor.execute(task);
    }

    private void finished() {
        running--;
        busy.set(running > 0);
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public void shutdown() {
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
