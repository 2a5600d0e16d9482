package nl.verbinder.ui.shell;

import java.util.EnumSet;
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
 * announced once. Also says whether the server is connected, for the status bar. On a file on
 * this computer it does nothing.
 */
public final class LiveUpdatesModel implements AutoCloseable {

    private final Supplier<Changes> changes;
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(this, "connected", true);
    private final Set<Kind> pending = EnumSet.noneOf(Kind.class);
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
                heard(kinds);
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

    /** On the feed's thread: collects the kinds, and announces them once on the FX thread. */
    private void heard(Set<Kind> kinds) {
        boolean first;
        synchronized (pending) {
            first = pending.isEmpty();
            pending.addAll(kinds);
        }
        if (first) {
            Platform.runLater(this::announce);
        }
    }

    private void announce() {
        Set<Kind> kinds;
        synchronized (pending) {
            kinds = EnumSet.copyOf(pending);
            pending.clear();
        }
        Set<Topic> topics = topics(kinds);
        if (!topics.isEmpty() && subscription != null) {
            changes.get().announce(topics.toArray(Topic[]::new));
        }
    }

    @Override
    public void close() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }
}
