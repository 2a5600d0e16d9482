package nl.verbinder.store;

import java.util.Map;
import java.util.Set;

/**
 * What other workstations change in a shared store, told as it happens (a practice server's
 * LISTEN/NOTIFY); a store in one file has nothing to tell ({@link #NONE}). Listeners are called
 * on the feed's own thread, never on the thread that wrote.
 */
public interface ChangeFeed {

    /** The feed of a store no one else writes to: it never tells anything. */
    ChangeFeed NONE = new ChangeFeed() {
        @Override
        public boolean live() {
            return false;
        }

        @Override
        public Subscription subscribe(Listener listener) {
            return () -> { };
        }
    };

    /** Told of changes made elsewhere and of the feed's connection. */
    interface Listener {

        /**
         * Records of these kinds were changed by another workstation (the kinds as the store's
         * notices name them: {@code partner}, {@code contact_moment}, ...); after the connection
         * came back, every kind, since notices may have been missed meanwhile.
         */
        void changed(Set<String> kinds);

        /**
         * As {@link #changed(Set)}, with the ids of the changed records for the kinds whose every
         * notice named them ({@code rows}; the practice server names partners' ids); a kind that is
         * not in {@code rows} may have changed anywhere. The feed calls this one.
         */
        default void changed(Set<String> kinds, Map<String, Set<Long>> rows) {
            changed(kinds);
        }

        /** The feed lost its connection to the store ({@code false}) or has it (again) ({@code true}). */
        void connected(boolean up);
    }

    /** Stops telling one listener. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /** True when other workstations can change the data (a shared store). */
    boolean live();

    /** Starts telling the listener (the feed connects on its first listener). */
    Subscription subscribe(Listener listener);
}
