package nl.verbinder.domain.networks;

import nl.verbinder.domain.Coded;

/** The practice's part in a network: a participant, a member of the core group, or the one who leads it (trekker). */
public enum OurRole implements Coded {
    PARTICIPANT("participant"),
    CORE_GROUP("core-group"),
    LEAD("lead");

    private final String code;

    OurRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String labelKey() {
        return "network-role." + code;
    }
}
