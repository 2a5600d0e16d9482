package nl.verbinder.ui.area;

import java.io.UncheckedIOException;
import java.util.List;
import nl.verbinder.domain.search.SearchKind;
import nl.verbinder.domain.search.SearchRef;

/**
 * The partners, shared goals and notes last opened in this database, remembered in this
 * computer's settings: "Zoeken in alles" shows them while its field is empty.
 */
public final class RecentItems {

    private static final System.Logger LOG = System.getLogger(RecentItems.class.getName());

    /** How many are remembered. */
    public static final int KEPT = 8;

    private RecentItems() {
    }

    /**
     * Remembers that the record was opened (it moves to the front) and saves the settings; a
     * settings file that cannot be written only goes to the log.
     */
    public static void opened(UiContext context, SearchKind kind, long id) {
        String code = new SearchRef(kind, id).code();
        List<String> codes = context.settings().recent(context.databaseLocation());
        if (!codes.isEmpty() && codes.getFirst().equals(code)) {
            return;
        }
        codes.remove(code);
        codes.addFirst(code);
        context.settings().recent(context.databaseLocation(), codes.subList(0, Math.min(KEPT, codes.size())));
        try {
            context.settings().save();
        } catch (UncheckedIOException e) {
            // A list of recent items is a convenience: opening the record goes on without it.
            LOG.log(System.Logger.Level.WARNING, "Could not save the recent items", e);
        }
    }

    /** The records last opened, the newest first. */
    public static List<SearchRef> list(UiContext context) {
        return context.settings().recent(context.databaseLocation()).stream()
                .flatMap(code -> SearchRef.parse(code).stream()).toList();
    }
}
