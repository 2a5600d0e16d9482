package nl.verbinder.domain.search;

/** What a search result is: where it was found, and so where a click takes the user. */
public enum SearchKind {
    PARTNER("partner"),
    CONTACT_PERSON("contact-person"),
    MOMENT("moment"),
    GOAL("goal"),
    NOTE("note");

    private final String code;

    SearchKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String labelKey() {
        return "search.kind." + code;
    }
}
