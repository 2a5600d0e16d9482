package nl.verbinder.ui.shell;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import nl.verbinder.service.LiveUpdates;
import nl.verbinder.service.LiveUpdates.Kind;
import nl.verbinder.service.Services;
import nl.verbinder.ui.area.Changes;
import nl.verbinder.ui.area.Changes.Topic;

/**
 * Turns what other workstations change on the practice server into the window's own change
 * announcements ({@link Changes}), on the FX thread, so every view reloads as after a change made
 * here (keeping its selection and where it was scrolled to). Notices that arrive together are
 * announced once. A change of a few partners makes the partner list reload only their rows
 * ({@link Changes#announceRows}); a reconnect, or many partners at once, reloads everything.
 * Also says whether the server is connected, for the status bar. On a file on this computer it
 * does nothing.
 */
public final class LiveUpdatesModel implements AutoCloseable {

    private final Supplier<Changes> changes;
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(this, "connected", true);
    /**
     * More partners than this in the notices that arrive together, and the lists reload entirely
     * (a bulk change or an import elsewhere: one query beats many small ones).
     */
    static final int MAX_ROWS = 50;

    private final Set<Kind> pending = EnumSet.noneOf(Kind.class);
    /** The partners named by the pending notices, while every one of them named its partners. */
    private final Set<Long> pendingPartners = new LinkedHashSet<>();
    private boolean partnersAnywhere;
    private LiveUpdates.Subscription subscription;

    /** {@code changes}: the announcements of the scene shown now (a new one comes with each rebuild). */
    public LiveUpdatesModel(Supplier<Changes> changes) {
        this.changes = changes;
    }

    /** Listens to the server these services are on (and no longer to the one before). */
    public void follow(Services services) {
        close();
        connected.set(true);
        LiveUpdates live = services.live();
        if (!live.available()) {
            return;
        }
        subscription = live.listen(new LiveUpdates.Listener() {
            @Override
            public void changed(Set<Kind> kinds) {
                heard(kinds, Map.of());
            }

            @Override
            public void changed(Set<Kind> kinds, Map<Kind, Set<Long>> rows) {
                heard(kinds, rows);
            }

            @Override
            public void connection(boolean up) {
                Platform.runLater(() -> connected.set(up));
            }
        });
    }

    /** Whether the practice server is reachable (always true on a file). */
    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    /** The topics the views listen to that a change of these kinds concerns. */
    static Set<Topic> topics(Set<Kind> kinds) {
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        for (Kind kind : kinds) {
            switch (kind) {
                case PARTNERS -> topics.add(Topic.PARTNERS);
                case CONTACT_PERSONS -> topics.add(Topic.CONTACT_PERSONS);
                case MOMENTS -> topics.add(Topic.MOMENTS);
                case GOALS -> topics.add(Topic.GOALS);
                case ENVIRONMENT -> topics.add(Topic.ENVIRONMENT);
                case PRACTICE -> topics.add(Topic.PRACTICE);
                case THERAPISTS -> topics.add(Topic.THERAPISTS);
                case NETWORKS -> topics.add(Topic.NETWORKS);
                // A snooze or an attention setting changes the attention list and the partners' marks.
                case SNOOZES, SETTINGS -> topics.add(Topic.PARTNERS);
                case IMPORTS -> topics.addAll(Set.of(Topic.PARTNERS, Topic.CONTACT_PERSONS));
                case TRASH -> topics.addAll(Set.of(Topic.PARTNERS, Topic.MOMENTS, Topic.GOALS, Topic.ENVIRONMENT,
                        Topic.CONTACT_PERSONS));
            }
        }
        return topics;
    }

    /**
     * On the feed's thread: collects the kinds (and the partners named), and announces them once
     * on the FX thread.
     */
    private void heard(Set<Kind> kinds, Map<Kind, Set<Long>> rows) {
        boolean first;
        synchronized (pending) {
            first = pending.isEmpty();
            pending.addAll(kinds);
            if (kinds.contains(Kind.PARTNERS)) {
                Set<Long> ids = rows.get(Kind.PARTNERS);
                if (ids == null) {
                    partnersAnywhere = true;
                } else {
                    pendingPartners.addAll(ids);
                }
            }
        }
        if (first) {
            Platform.runLater(this::announce);
        }
    }

    /**
     * Announces what was heard: a change of only some partners as {@link Changes#announceRows}
     * (the partner list reloads those rows), everything else as the window's own announcements.
     */
    private void announce() {
        Set<Kind> kinds;
        Set<Long> partners;
        synchronized (pending) {
            kinds = EnumSet.copyOf(pending);
            partners = partnersAnywhere || pendingPartners.size() > MAX_ROWS ? null : Set.copyOf(pendingPartners);
            pending.clear();
            pendingPartners.clear();
            partnersAnywhere = false;
        }
        if (subscription == null) {
            return;
        }
        Set<Topic> topics = topics(kinds);
        // Only when no other kind heard (a snooze, an import, the trash) asks for the whole partner list.
        boolean partnerRows = partners != null && kinds.contains(Kind.PARTNERS)
                && !topics(without(kinds, Kind.PARTNERS)).contains(Topic.PARTNERS);
        if (partnerRows) {
            topics.remove(Topic.PARTNERS);
        }
        if (!topics.isEmpty()) {
            changes.get().announce(topics.toArray(Topic[]::new));
        }
        if (partnerRows && !partners.isEmpty()) {
            changes.get().announceRows(Topic.PARTNERS, partners);
        }
    }

    private static Set<Kind> without(Set<Kind> kinds, Kind left) {
        Set<Kind> rest = EnumSet.noneOf(Kind.class);
        rest.addAll(kinds);
        rest.remove(left);
        return rest;
    }

    @Override
    public void close() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }
}
