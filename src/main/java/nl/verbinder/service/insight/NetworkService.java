package nl.verbinder.service.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.verbinder.domain.attention.AttentionFilter;
import nl.verbinder.domain.attention.AttentionItem;
import nl.verbinder.domain.attention.AttentionOverview;
import nl.verbinder.domain.insight.MapPartner;
import nl.verbinder.domain.insight.NetworkFilter;
import nl.verbinder.domain.insight.NetworkLayout;
import nl.verbinder.domain.insight.NetworkMap;
import nl.verbinder.service.AttentionService;
import nl.verbinder.store.Store;

/**
 * The network as a picture ({@link NetworkMap}), as it is today or as it was on a past day:
 * partners that existed then, moments up to then, attention computed as of then. For the
 * window's Netwerk view and the quarterly report alike.
 *
 * <p>A partner's status, category, owner and trash, a goal's status and links, and whether a
 * follow-up was done are as they were on that day, from the change history; a partner exists
 * from its creation or its first contact moment, whichever is earlier; a snooze counts from the
 * day it was made. Before the history began, what is known now.
 */
public final class NetworkService {

    private final Store store;
    private final Clock clock;
    private final AttentionService attention;

    public NetworkService(Store store, Clock clock, AttentionService attention) {
        this.store = store;
        this.clock = clock;
        this.attention = attention;
    }

    /** The map as of the clock's today. */
    public NetworkMap map(NetworkFilter filter) {
        return map(LocalDate.now(clock), filter);
    }

    /**
     * The map as of {@code asOf}, in one read transaction and a fixed number of queries
     * (two for the map, those of the attention list): never one per partner.
     */
    public NetworkMap map(LocalDate asOf, NetworkFilter filter) {
        return store.transactions().read(() -> {
            List<MapPartner> partners = new ArrayList<>();
            for (MapPartner p : store.network().partners(asOf)) {
                if (filter.matches(p)) {
                    partners.add(p);
                }
            }
            AttentionOverview overview = attention.overview(asOf, AttentionFilter.all());
            List<AttentionItem> items = new ArrayList<>(overview.items());
            items.addAll(overview.snoozed());
            String practice = store.practiceProfile().load().name();
            return NetworkLayout.layout(asOf, practice, partners, items, store.network().goals(asOf));
        });
    }
}
