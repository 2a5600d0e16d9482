package nl.verbinder.domain.networks;

import nl.verbinder.domain.Coded;

/**
 * The phases of a cross-domain network (werven, regionaliseren, participeren,
 * institutionaliseren, veranderen). Not linear: a network may go back to an earlier phase.
 */
public enum NetworkPhase implements Coded {
    RECRUITING("recruiting"),
    REGIONALISING("regionalising"),
    PARTICIPATING("participating"),
    INSTITUTIONALISING("institutionalising"),
    CHANGING("changing");

    private final String code;

    NetworkPhase(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String labelKey() {
        return "network-phase." + code;
    }
}
