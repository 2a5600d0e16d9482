package nl.verbinder.domain;

/** The factor of the environment analysis a note is about. The first four are the ones the method asks for. */
public enum EnvironmentFactor implements Coded {
    POPULATION("population"),
    HEALTH("health"),
    CARE_AND_WELFARE("care-and-welfare"),
    EXISTING_NETWORKS("existing-networks"),
    TARGET_GROUPS("target-groups"),
    OTHER("other");

    private final String code;

    EnvironmentFactor(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String labelKey() {
        return "environment-factor." + code;
    }

    /** The four factors the method asks every practice to look into. */
    public boolean isCore() {
        return this == POPULATION || this == HEALTH || this == CARE_AND_WELFARE || this == EXISTING_NETWORKS;
    }
}
