package nl.verbinder.domain.attention;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.verbinder.domain.networks.OurRole;

/**
 * A network on the attention list: which, our role in it, and why it needs attention.
 *
 * @param reasons at least one, most points first
 */
public record NetworkAttentionItem(long networkId, String networkName, OurRole ourRole, List<NetworkReason> reasons,
                                   NetworkSnooze snooze) {

    /** An item without a snooze. */
    public NetworkAttentionItem(long networkId, String networkName, OurRole ourRole, List<NetworkReason> reasons) {
        this(networkId, networkName, ourRole, reasons, null);
    }

    public NetworkAttentionItem {
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A network attention item needs a reason");
        }
    }

    /** The sum of the reasons' points: networks are sorted by it. */
    public int score() {
        return reasons.stream().mapToInt(NetworkReason::points).sum();
    }

    /** The reason codes of this item. */
    public Set<NetworkReasonCode> codes() {
        Set<NetworkReasonCode> codes = EnumSet.noneOf(NetworkReasonCode.class);
        reasons.forEach(r -> codes.add(r.code()));
        return codes;
    }

    public NetworkAttentionItem withSnooze(NetworkSnooze snooze) {
        return new NetworkAttentionItem(networkId, networkName, ourRole, reasons, snooze);
    }

    public boolean has(NetworkReasonCode code) {
        return reasons.stream().anyMatch(r -> r.code() == code);
    }
}
