package nl.verbinder.domain.attention;

/**
 * Why a relationship needs attention. The codes are stable: they appear in the command
 * line's JSON, in filters and in stored snoozes.
 */
public enum ReasonCode implements AttentionCode {
    /** Days since the last contact moment exceed the partner's rhythm. */
    OVERDUE,
    /** A prospect or active partner without any contact moment, added a while ago. */
    NEVER_CONTACTED,
    /** An open follow-up whose due date has passed. */
    FOLLOW_UP_OVERDUE,
    /** In the last moments that record an offer or a request, we only asked. */
    ONLY_ASKING,
    /** An agreed or active shared goal with this partner that no moment served for a while. */
    GOAL_STALLED,
    /** Far fewer moments in the last months than in the months before. */
    DECLINING;

    @Override
    public String keyPrefix() {
        return "attention.reason.";
    }
}
