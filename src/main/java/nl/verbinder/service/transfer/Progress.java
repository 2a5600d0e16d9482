package nl.verbinder.service.transfer;

import java.util.function.BooleanSupplier;

/**
 * How a long import, export, backup or restore reports how far it is, and how the user stops
 * it. The work calls {@link #update} as it goes; once the user cancels, the next update throws
 * {@link TransferCancelledException}, and the work leaves nothing half-written.
 *
 * <p>From a JavaFX {@code Task}: {@code Progress.of(this::updateProgress, this::isCancelled)}.
 */
public final class Progress {

    /** Receives how many of how many steps are done; called on the thread doing the work. */
    @FunctionalInterface
    public interface Listener {
        void update(long done, long total);
    }

    private static final Progress NONE = new Progress((done, total) -> { }, () -> false);

    private final Listener listener;
    private final BooleanSupplier cancelled;

    private Progress(Listener listener, BooleanSupplier cancelled) {
        this.listener = listener;
        this.cancelled = cancelled;
    }

    /** Reports nothing and is never cancelled: for the command line and tests. */
    public static Progress none() {
        return NONE;
    }

    public static Progress of(Listener listener, BooleanSupplier cancelled) {
        return new Progress(listener, cancelled);
    }

    /** Reports progress, then stops the work if the user cancelled. */
    public void update(long done, long total) {
        listener.update(done, total);
        checkCancelled();
    }

    /** Stops the work (by throwing {@link TransferCancelledException}) if the user cancelled. */
    public void checkCancelled() {
        if (cancelled.getAsBoolean()) {
            throw new TransferCancelledException();
        }
    }
}
