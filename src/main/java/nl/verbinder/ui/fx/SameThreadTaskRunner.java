package nl.verbinder.ui.fx;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Runs work at once on the calling thread: for UI tests (each step is finished when the
 * robot's action returns) and for rendering screenshots, where nothing may still be loading.
 */
public final class SameThreadTaskRunner implements TaskRunner {

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    @Override
    public <T> void run(Work<T> work, Consumer<? super T> onDone, Consumer<? super RuntimeException> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (RuntimeException e) {
            onFailure.accept(e);
            return;
        }
        onDone.accept(result);
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public void shutdown() {
        // Nothing runs in the background.
    }
}
