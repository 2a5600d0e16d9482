package nl.verbinder.store;

/**
 * Runs work in a transaction. Services wrap each use case in one {@link #write} (or
 * {@link #read}); repositories called inside it share its connection. Nested calls join the
 * outer transaction. An exception rolls the whole write back.
 */
public interface Transactions {

    /** Runs work that only reads, on a consistent snapshot. */
    <T> T read(Work<T> work);

    /** Runs work that writes, as one transaction: all of it lands, or none of it. */
    <T> T write(Work<T> work);

    default void writing(Action action) {
        write(() -> {
            action.run();
            return null;
        });
    }

    /** Work that returns a value. */
    @FunctionalInterface
    interface Work<T> {
        T run();
    }

    /** Work that returns nothing. */
    @FunctionalInterface
    interface Action {
        void run();
    }
}
