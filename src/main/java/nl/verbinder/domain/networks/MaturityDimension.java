package nl.verbinder.domain.networks;

import nl.verbinder.domain.Coded;

/** The six dimensions of the network maturity matrix, each scored 1 (weak) to 4 (strong) in a review. */
public enum MaturityDimension implements Coded {
    SHARED_PURPOSE("shared-purpose"),
    COMPELLING_GOAL("compelling-goal"),
    DAILY_NEEDS("daily-needs"),
    FITTING_LEADERSHIP("fitting-leadership"),
    STRONG_TIES("strong-ties"),
    USEFUL_OUTPUT("useful-output");

    public static final int MIN = 1;
    public static final int MAX = 4;

    private final String code;

    MaturityDimension(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String labelKey() {
        return "network-dimension." + code;
    }

    /** The short label for the radar chart's axis. */
    public String shortLabelKey() {
        return "network-dimension." + code + ".short";
    }
}
