package nl.verbinder.domain.attention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the attention overview from the facts of all partners, their snoozes and the
 * practice's facts: applies the rules, hides snoozed items, sorts by score and counts per
 * owner and per reason. Pure: the same facts and {@code today} give the same overview.
 */
public final class AttentionEngine {

    /** Most urgent first; then the longest silence; then by name, so the order is stable. */
    public static final Comparator<AttentionItem> MOST_URGENT_FIRST = (a, b) -> {
        int byScore = Integer.compare(b.score(), a.score());
        if (byScore != 0) {
            return byScore;
        }
        int bySilence = Integer.compare(silence(b), silence(a));
        if (bySilence != 0) {
            return bySilence;
        }
        int byName = String.CASE_INSENSITIVE_ORDER.compare(a.partnerName(), b.partnerName());
        return byName != 0 ? byName : Long.compare(a.partnerId(), b.partnerId());
    };

    /** Days without contact; never contacted counts as the longest silence. */
    private static int silence(AttentionItem item) {
        return item.daysSinceContact() == null ? Integer.MAX_VALUE : item.daysSinceContact();
    }

    private final AttentionRules rules;

    public AttentionEngine(AttentionRules rules) {
        this.rules = rules;
    }

    public AttentionOverview overview(LocalDate today, AttentionFilter filter, Collection<PartnerFacts> partners,
                                      Map<Long, Snooze> snoozes, PracticeFacts practice) {
        return overview(today, filter, partners, snoozes, practice, List.of());
    }

    /** The overview with the networks the practice takes part in that need attention (not filtered, not snoozed). */
    public AttentionOverview overview(LocalDate today, AttentionFilter filter, Collection<PartnerFacts> partners,
                                      Map<Long, Snooze> snoozes, PracticeFacts practice,
                                      Collection<NetworkFacts> networks) {
        return overview(today, filter, partners, snoozes, practice, networks, Map.of());
    }

    /**
     * The overview with the networks the practice takes part in that need attention (not
     * filtered); a network's snooze hides it as a partner's snooze hides a partner.
     */
    public AttentionOverview overview(LocalDate today, AttentionFilter filter, Collection<PartnerFacts> partners,
                                      Map<Long, Snooze> snoozes, PracticeFacts practice,
                                      Collection<NetworkFacts> networks, Map<Long, NetworkSnooze> networkSnoozes) {
        List<AttentionItem> visible = new ArrayList<>();
        List<AttentionItem> snoozed = new ArrayList<>();
        for (PartnerFacts facts : partners) {
            Optional<AttentionItem> found = rules.evaluate(facts, today);
            if (found.isEmpty()) {
                continue;
            }
            AttentionItem item = found.get();
            Snooze snooze = snoozes.get(item.partnerId());
            if (snooze == null) {
                visible.add(item);
            } else if (snooze.hides(item.codes(), today)) {
                snoozed.add(item.withSnooze(snooze));
            } else {
                visible.add(item.withSnooze(snooze));
            }
        }
        visible.sort(MOST_URGENT_FIRST);
        snoozed.sort(MOST_URGENT_FIRST);
        List<AttentionItem> shown = new ArrayList<>(visible.size());
        for (AttentionItem item : visible) {
            if (filter.matches(item)) {
                shown.add(item);
            }
        }
        List<NetworkAttentionItem> networkItems = new ArrayList<>();
        List<NetworkAttentionItem> snoozedNetworks = new ArrayList<>();
        for (NetworkAttentionItem item : new NetworkAttentionRules(rules.settings()).items(networks, today)) {
            NetworkSnooze snooze = networkSnoozes.get(item.networkId());
            if (snooze == null || today.isBefore(snooze.snoozedOn())) {
                networkItems.add(item);
            } else if (snooze.hides(item.codes(), today)) {
                snoozedNetworks.add(item.withSnooze(snooze));
            } else {
                networkItems.add(item.withSnooze(snooze));
            }
        }
        return new AttentionOverview(today, filter, shown, snoozed, rules.hints(practice), owners(visible),
                reasons(visible), visible.size(), networkItems, snoozedNetworks);
    }

    private static List<OwnerCount> owners(List<AttentionItem> items) {
        Map<Long, String> names = new HashMap<>();
        Map<Long, Integer> counts = new LinkedHashMap<>();
        for (AttentionItem item : items) {
            counts.merge(item.ownerId(), 1, Integer::sum);
            if (item.ownerId() != null) {
                names.put(item.ownerId(), item.ownerName());
            }
        }
        List<OwnerCount> owners = new ArrayList<>();
        counts.forEach((id, count) -> owners.add(new OwnerCount(id, names.get(id), count)));
        owners.sort(Comparator.comparingInt(OwnerCount::count).reversed()
                .thenComparing(o -> o.ownerName() == null ? "\uffff" : o.ownerName(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(o -> Objects.requireNonNullElse(o.ownerId(), Long.MAX_VALUE)));
        return owners;
    }

    private static Map<ReasonCode, Integer> reasons(List<AttentionItem> items) {
        Map<ReasonCode, Integer> counts = new EnumMap<>(ReasonCode.class);
        for (AttentionItem item : items) {
            item.codes().forEach(code -> counts.merge(code, 1, Integer::sum));
        }
        return counts;
    }
}
