package nl.verbinder.domain;

/**
 * How a text mentions a person who is to be erased. The full name, e-mail address, phone
 * number and LinkedIn address say who it is without doubt and are always erased; the surname
 * alone is a mention too, but a word like "Bakker" can mean something else, so the user
 * confirms it (proposed); a first name alone is often someone else, so the user chooses it.
 */
public enum MentionKind implements Coded {
    FULL_NAME("full-name", true, true),
    EMAIL("email", true, true),
    PHONE("phone", true, true),
    LINKEDIN("linkedin", true, true),
    SURNAME("surname", false, true),
    FIRST_NAME("first-name", false, false);

    private final String code;
    private final boolean alwaysErased;
    private final boolean proposed;

    MentionKind(String code, boolean alwaysErased, boolean proposed) {
        this.code = code;
        this.alwaysErased = alwaysErased;
        this.proposed = proposed;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String labelKey() {
        return "mention.kind." + code;
    }

    /** Erased whatever the user chose: there is no doubt this is the person. */
    public boolean alwaysErased() {
        return alwaysErased;
    }

    /** Ticked when the user is asked to confirm. */
    public boolean proposed() {
        return proposed;
    }
}
