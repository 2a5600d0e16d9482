package nl.verbinder.ui.fx;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * Runs database work off the FX thread and hands the result back on it. View models call
 * services only through this; views never do. {@link FxTaskRunner} is the real one;
 * {@link SameThreadTaskRunner} runs everything at once, for tests and the screenshots.
 */
public interface TaskRunner {

    /**
     * Runs {@code work} in the background, then calls {@code onDone} with its result or
     * {@code onFailure} with what it threw, both on the FX thread.
     */
    <T> void run(Work<T> work, Consumer<? super T> onDone, Consumer<? super RuntimeException> onFailure);

    /** True while some work is under way; the status bar shows it. */
    ReadOnlyBooleanProperty busyProperty();

    /** Stops taking work and waits briefly for what runs; called when the window closes. */
    void shutdown();

    /** Work that returns a value; it may throw a {@link nl.verbinder.domain.VerbinderException}. */
    @FunctionalInterface
    interface Work<T> {
        T call();
    }
}
