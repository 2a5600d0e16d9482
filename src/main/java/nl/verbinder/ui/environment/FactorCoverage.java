package nl.verbinder.ui.environment;

import nl.verbinder.domain.EnvironmentFactor;

/** How many notes a factor has; a core factor without notes is what the analysis still misses. */
record FactorCoverage(EnvironmentFactor factor, int notes, boolean missing) {
}
