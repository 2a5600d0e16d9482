package nl.verbinder.domain.attention;

/**
 * Which items of the attention list to show: all, one owner's ("my relationships"), one
 * reason's, or both. Counts per owner and per reason are always over the whole list.
 *
 * @param ownerId only items of this therapist, or {@code null} for everyone's
 * @param reason  only items with this reason, or {@code null} for any
 */
public record AttentionFilter(Long ownerId, ReasonCode reason) {

    public static AttentionFilter all() {
        return new AttentionFilter(null, null);
    }

    public static AttentionFilter ownedBy(long therapistId) {
        return new AttentionFilter(therapistId, null);
    }

    public AttentionFilter withOwner(Long therapistId) {
        return new AttentionFilter(therapistId, reason);
    }

    public AttentionFilter withReason(ReasonCode code) {
        return new AttentionFilter(ownerId, code);
    }

    public boolean matches(AttentionItem item) {
        return (ownerId == null || ownerId.equals(item.ownerId())) && (reason == null || item.has(reason));
    }
}
