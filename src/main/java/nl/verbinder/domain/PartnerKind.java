package nl.verbinder.domain;

/** Whether a partner is an organisation or a single person. */
public enum PartnerKind implements Coded {
    ORGANISATION("organisation"),
    PERSON("person");

    private final String code;

    PartnerKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String labelKey() {
        return "partner-kind." + code;
    }
}
