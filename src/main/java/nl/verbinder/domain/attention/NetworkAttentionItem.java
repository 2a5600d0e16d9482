package nl.verbinder.domain.attention;

import java.util.List;
import nl.verbinder.domain.networks.OurRole;

/**
 * A network on the attention list: which, our role in it, and why it needs attention.
 *
 * @param reasons at least one, most points first
 */
public record NetworkAttentionItem(long networkId, String networkName, OurRole ourRole, List<NetworkReason> reasons) {

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

    public boolean has(NetworkReasonCode code) {
        return reasons.stream().anyMatch(r -> r.code() == code);
    }
}
