package nl.verbinder.domain.attention;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the attention view shows, computed in one go as of {@code today}.
 *
 * @param items    the items the filter lets through, most urgent first
 * @param snoozed  the items a snooze hides today (whatever the filter), most urgent first
 * @param hints    the practice-level hints
 * @param owners   per owner, how many items need attention (whole list, filter ignored), most first
 * @param reasons  per reason, how many items have it (whole list, filter ignored)
 * @param total    how many items need attention in the whole practice (snoozed ones not counted)
 * @param networks the networks the practice takes part in that need attention, highest score first
 *                 (a snoozed one that came back early carries its snooze)
 * @param snoozedNetworks the networks a snooze hides today, highest score first
 */
public record AttentionOverview(
        LocalDate today,
        AttentionFilter filter,
        List<AttentionItem> items,
        List<AttentionItem> snoozed,
        List<PracticeHint> hints,
        List<OwnerCount> owners,
        Map<ReasonCode, Integer> reasons,
        int total,
        List<NetworkAttentionItem> networks,
        List<NetworkAttentionItem> snoozedNetworks) {

    /** An overview with no snoozed networks. */
    public AttentionOverview(LocalDate today, AttentionFilter filter, List<AttentionItem> items,
                             List<AttentionItem> snoozed, List<PracticeHint> hints, List<OwnerCount> owners,
                             Map<ReasonCode, Integer> reasons, int total, List<NetworkAttentionItem> networks) {
        this(today, filter, items, snoozed, hints, owners, reasons, total, networks, List.of());
    }

    /** An overview without networks on it. */
    public AttentionOverview(LocalDate today, AttentionFilter filter, List<AttentionItem> items,
                             List<AttentionItem> snoozed, List<PracticeHint> hints, List<OwnerCount> owners,
                             Map<ReasonCode, Integer> reasons, int total) {
        this(today, filter, items, snoozed, hints, owners, reasons, total, List.of());
    }

    public AttentionOverview {
        networks = List.copyOf(networks);
        snoozedNetworks = List.copyOf(snoozedNetworks);
        items = List.copyOf(items);
        snoozed = List.copyOf(snoozed);
        hints = List.copyOf(hints);
        owners = List.copyOf(owners);
        reasons = Map.copyOf(reasons);
    }
}
