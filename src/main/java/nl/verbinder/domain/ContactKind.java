package nl.verbinder.domain;

/** How a contact moment took place. */
public enum ContactKind implements Coded {
    IN_PERSON("in-person"),
    PHONE("phone"),
    EMAIL("email"),
    VIDEO("video"),
    EVENT("event"),
    OTHER("other");

    private final String code;

    ContactKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String labelKey() {
        return "contact-kind." + code;
    }
}
