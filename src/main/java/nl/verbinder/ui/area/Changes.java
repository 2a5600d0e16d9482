package nl.verbinder.ui.area;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongPredicate;

/**
 * Tells views that data changed elsewhere in the window, so a moment logged in the dialog
 * shows in the partner's timeline and the attention list at once. Only used on the FX thread.
 * A new instance comes with every scene build, so views of an old scene are forgotten.
 */
public final class Changes {

    /** What changed. */
    public enum Topic { PARTNERS, CONTACT_PERSONS, MOMENTS, GOALS, ENVIRONMENT, PRACTICE, THERAPISTS, NETWORKS }

    private final Map<Topic, List<Runnable>> listeners = new EnumMap<>(Topic.class);
    private final List<LongPredicate> revealers = new ArrayList<>();
    /** For listeners that can reload only some records: what to call with the ids. */
    private final Map<Runnable, Consumer<Set<Long>>> rowListeners = new IdentityHashMap<>();

    /**
     * Calls {@code listener} after each announcement of any of these topics: once for an
     * announcement that names several of them.
     */
    public void listen(Runnable listener, Topic... topics) {
        for (Topic topic : topics) {
            listeners.computeIfAbsent(topic, t -> new ArrayList<>()).add(listener);
        }
    }

    /**
     * Calls {@code all} after each announcement of {@code topic}, and {@code rows} instead when
     * only some records of the topic changed ({@link #announceRows}): a list that can reload just
     * those rows.
     */
    public void listenRows(Topic topic, Runnable all, Consumer<Set<Long>> rows) {
        listen(all, topic);
        rowListeners.put(all, rows);
    }

    /**
     * Only these records of the topic changed (another workstation's change, with its ids): the
     * listeners that can reload just those rows do; the others reload as after {@link #announce}.
     */
    public void announceRows(Topic topic, Set<Long> ids) {
        for (Runnable listener : List.copyOf(listeners.getOrDefault(topic, List.of()))) {
            Consumer<Set<Long>> rows = rowListeners.get(listener);
            if (rows != null) {
                rows.accept(Set.copyOf(ids));
            } else {
                listener.run();
            }
        }
    }

    /** Tells every listener of these topics, each listener once. */
    public void announce(Topic... topics) {
        List<Runnable> toCall = new ArrayList<>();
        for (Topic topic : topics) {
            for (Runnable listener : listeners.getOrDefault(topic, List.of())) {
                if (!toCall.contains(listener)) {
                    toCall.add(listener);
                }
            }
        }
        toCall.forEach(Runnable::run);
    }

    /**
     * Calls {@code reveal} when a moment was logged for a partner: a view that can show that
     * partner now (and wants to) does, and answers true.
     */
    public void listenLogged(LongPredicate reveal) {
        revealers.add(reveal);
    }

    /** A moment was logged for this partner; true when a view now shows the partner. */
    public boolean announceLogged(long partnerId) {
        boolean shown = false;
        for (LongPredicate reveal : revealers) {
            shown |= reveal.test(partnerId);
        }
        return shown;
    }
}
