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

    /** Announces the topics; while the listeners run, this area's own {@link #listen} listeners are skipped. */
    public void announce(Changes.Topic... topics) {
        announcing = true;
        try {
            changes.announce(topics);
        } finally {
            announcing = false;
        }
    }

    /**
     * Calls {@code reload} after each announcement of any of these topics that is not this
     * area's own (the area has reloaded already when it announces).
     */
    public void listen(Runnable reload, Changes.Topic... topics) {
        changes.listen(() -> {
            if (!announcing) {
                reload.run();
            }
        }, topics);
    }
}
