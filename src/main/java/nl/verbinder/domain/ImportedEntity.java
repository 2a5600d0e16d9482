package nl.verbinder.domain;

/** The kinds of record an import creates or fills in. */
public enum ImportedEntity implements Coded {
    PARTNER("partner"),
    CONTACT_PERSON("contact-person"),
    CONTACT_MOMENT("contact-moment");

    private final String code;

    ImportedEntity(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The same keys as the refusals use ({@code entity.partner}). */
    @Override
    public String labelKey() {
        return "entity." + code;
    }
}
