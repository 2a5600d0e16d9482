package nl.verbinder.service;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.verbinder.store.ChangeFeed;
import nl.verbinder.store.Store;

/**
 * Live updates: what other workstations on the same practice server change, told as it happens
 * (within a second), so a window shows it without reloading. On a file on this computer there are
 * none ({@link #available()} is false). Listeners are called on a thread of the store's; a window
 * hands what it hears to its own thread.
 */
public final class LiveUpdates {

    /** The kinds of records a change can be about. */
    public enum Kind {
        PARTNERS, CONTACT_PERSONS, MOMENTS, GOALS, ENVIRONMENT, PRACTICE, THERAPISTS, SETTINGS, SNOOZES, TRASH,
        IMPORTS, NETWORKS
    }

    /** What a window hears. */
    public interface Listener {

        /** Another workstation changed records of these kinds (after a lost connection: every kind). */
        void changed(Set<Kind> kinds);

        /**
         * As {@link #changed(Set)}, with the ids of the changed records for the kinds whose
         * notices named them ({@code rows}: partners, on the practice server); a kind not in
         * {@code rows} may have changed anywhere. This is the one called.
         */
        default void changed(Set<Kind> kinds, Map<Kind, Set<Long>> rows) {
            changed(kinds);
        }

        /** The connection to the server was lost ({@code false}; it is being made again) or is there ({@code true}). */
        void connection(boolean up);
    }

    /** Stops listening. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("partner", Kind.PARTNERS),
            Map.entry("contact_person", Kind.CONTACT_PERSONS),
            Map.entry("contact_moment", Kind.MOMENTS),
            Map.entry("shared_goal", Kind.GOALS),
            Map.entry("environment_note", Kind.ENVIRONMENT),
            Map.entry("practice_profile", Kind.PRACTICE),
            Map.entry("therapist", Kind.THERAPISTS),
            Map.entry("setting", Kind.SETTINGS),
            Map.entry("attention_snooze", Kind.SNOOZES),
            Map.entry("trash_item", Kind.TRASH),
            Map.entry("import_record", Kind.IMPORTS),
            Map.entry("practice_network", Kind.NETWORKS));

    private final Store store;

    LiveUpdates(Store store) {
        this.store = store;
    }

    /** True when other workstations can change the data (a practice server). */
    public boolean available() {
        return store.changeFeed().live();
    }

    /** The practice server's host, or empty for a file on this computer. */
    public Optional<String> serverHost() {
        return store.serverHost();
    }

    /** Starts telling the listener; nothing is ever told on a file on this computer. */
    public Subscription listen(Listener listener) {
        ChangeFeed.Subscription subscription = store.changeFeed().subscribe(new ChangeFeed.Listener() {
            @Override
            public void changed(Set<String> kinds) {
                changed(kinds, Map.of());
            }

            @Override
            public void changed(Set<String> kinds, Map<String, Set<Long>> rows) {
                Set<Kind> told = EnumSet.noneOf(Kind.class);
                Map<Kind, Set<Long>> toldRows = new EnumMap<>(Kind.class);
                for (String kind : kinds) {
                    // A kind this build does not know (a newer workstation's): every view may be concerned.
                    Kind known = KINDS.get(kind);
                    if (known == null) {
                        listener.changed(EnumSet.allOf(Kind.class), Map.of());
                        return;
                    }
                    told.add(known);
                    if (rows.containsKey(kind)) {
                        toldRows.put(known, rows.get(kind));
                    }
                }
                listener.changed(told, toldRows);
            }

            @Override
            public void connected(boolean up) {
                listener.connection(up);
            }
        });
        return subscription::close;
    }
}
