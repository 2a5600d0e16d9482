package nl.verbinder.domain.relationship;

import nl.verbinder.domain.Coded;

/** The six questions of the relationship check: three about trust, three about value, each answered 1-4. */
public enum RelationshipQuestion implements Coded {
    OPENNESS("openness", true),
    RELIABILITY("reliability", true),
    SHARED_MISSION("shared-mission", true),
    INFLUENCE("influence", false),
    INVOLVEMENT("involvement", false),
    CONTRIBUTION("contribution", false);

    public static final int MIN = 1;
    public static final int MAX = 4;

    private final String code;
    private final boolean trust;

    RelationshipQuestion(String code, boolean trust) {
        this.code = code;
        this.trust = trust;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String labelKey() {
        return "relationship.question." + code;
    }

    /** The question itself, as the check asks it. */
    public String questionKey() {
        return "relationship.question." + code + ".ask";
    }

    /** True for the trust questions, false for the value questions. */
    public boolean isTrust() {
        return trust;
    }
}
