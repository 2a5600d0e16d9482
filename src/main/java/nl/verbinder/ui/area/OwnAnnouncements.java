package nl.verbinder.ui.area;

/**
 * An area's announcements of its own changes: the other areas reload, and the area itself,
 * which listens to the same topics and has reloaded already, can tell its own apart.
 */
public final class OwnAnnouncements {

    private final Changes changes;
    private boolean announcing;

    public OwnAnnouncements(Changes changes) {
        this.changes = changes;
    }

    /** Announces the topics; while the listeners run, {@link #underway()} is true. */
    public void announce(Changes.Topic... topics) {
        announcing = true;
        try {
            changes.announce(topics);
        } finally {
            announcing = false;
        }
    }

    /** True while this area's own announcement is being delivered, so it need not reload again. */
    public boolean underway() {
        return announcing;
    }
}
