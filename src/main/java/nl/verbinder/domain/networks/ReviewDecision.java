package nl.verbinder.domain.networks;

import nl.verbinder.domain.Coded;

/** What a review decides about the practice's part in a network. */
public enum ReviewDecision implements Coded {
    INVEST("invest"),
    MAINTAIN("maintain"),
    LET_GO("let-go");

    private final String code;

    ReviewDecision(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String labelKey() {
        return "network-decision." + code;
    }
}
