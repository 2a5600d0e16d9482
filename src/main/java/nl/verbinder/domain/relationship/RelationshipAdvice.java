package nl.verbinder.domain.relationship;

import nl.verbinder.domain.Coded;

/** What the trust × value chart suggests for a relationship. */
public enum RelationshipAdvice implements Coded {
    /** Valuable, but trust is low: invest in it. */
    INVEST("invest"),
    /** Trusted (and valuable, or at least trusted): keep it up. */
    KEEP("keep"),
    /** Little value and little trust: consider letting it go. */
    LET_GO("let-go");

    private final String code;

    RelationshipAdvice(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String labelKey() {
        return "relationship.advice." + code;
    }
}
