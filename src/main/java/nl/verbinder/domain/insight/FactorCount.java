package nl.verbinder.domain.insight;

import nl.verbinder.domain.EnvironmentFactor;

/** The environment notes on one factor; a core factor without notes is still missing. */
public record FactorCount(EnvironmentFactor factor, int notes) {

    /** A factor the method asks for that has no notes yet. */
    public boolean missing() {
        return factor.isCore() && notes == 0;
    }
}
