package nl.verbinder.domain;

/**
 * Two partners that are probably the same organisation, and why Verbinder thinks so.
 * {@code first} is the one entered first.
 */
public record PartnerDuplicate(PartnerOverview first, PartnerOverview second, Reason reason) {

    /** Why two partners look like one. */
    public enum Reason {
        /** The same name (ignoring case and accents) at the same postcode. */
        SAME_NAME_AND_POSTCODE("same-name-and-postcode"),
        /** The same e-mail address. */
        SAME_EMAIL("same-email");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** Whether this pair involves the partner. */
    public boolean involves(long partnerId) {
        return first.id() == partnerId || second.id() == partnerId;
    }

    /** The other partner of the pair. */
    public PartnerOverview other(long partnerId) {
        return first.id() == partnerId ? second : first;
    }
}
