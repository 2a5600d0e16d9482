package nl.verbinder.domain.attention;

/**
 * Why a network the practice takes part in needs attention. Stable codes, as {@link ReasonCode};
 * kept apart from it because these items are networks, not partners.
 */
public enum NetworkReasonCode implements AttentionCode {
    /** No review within the review period (or never reviewed since the period after it was added). */
    NETWORK_REVIEW_DUE,
    /** A maturity dimension fell by at least the set points since the review before. */
    MATURITY_DROPPED,
    /** We are in the core group or lead the network, and no moment was held in it for a while. */
    PASSIVE_MEMBER,
    /** A contract depends on the membership, and it ends soon (or ended), or the last review decided to let go. */
    CONTRACT_AT_RISK;

    @Override
    public String keyPrefix() {
        return "attention.reason.";
    }
}
