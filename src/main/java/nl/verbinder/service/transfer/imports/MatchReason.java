package nl.verbinder.service.transfer.imports;

/** Why a row is taken for a duplicate; each has a message key {@code import.match.<name>}. */
public enum MatchReason {
    /** The same name (ignoring case, accents and punctuation) and the same postcode, or both without one. */
    SAME_NAME_AND_POSTCODE("same-name-and-postcode"),
    /** The same e-mail address. */
    SAME_EMAIL("same-email"),
    /** The same name: a company in LinkedIn or a vCard and a partner; a person at the same partner. */
    SAME_NAME("same-name");

    private final String code;

    MatchReason(String code) {
        this.code = code;
    }

    public String messageKey() {
        return "transfer.import.match." + code;
    }
}
