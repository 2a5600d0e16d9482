package nl.verbinder.domain;

/** Where a relationship with a partner stands. */
public enum PartnerStatus implements Coded {
    PROSPECT("prospect"),
    ACTIVE("active"),
    DORMANT("dormant"),
    ENDED("ended");

    private final String code;

    PartnerStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String labelKey() {
        return "partner-status." + code;
    }
}
