package nl.verbinder.domain.networks;

/**
 * One factor's reading in the governance-fit hint: what the review said about it, and which
 * form of governance that reading suits.
 *
 * @param factor one of {@code trust}, {@code participants}, {@code goal-consensus}, {@code competence-need}
 * @param level  {@code low}, {@code moderate} or {@code high}
 * @param value  the review's value for the factor
 */
public record FitReason(String factor, String level, int value, GovernanceForm suits) {

    /** The sentence: "Weinig deelnemers (6): dat past bij zelfsturing." */
    public String messageKey() {
        return "network-fit." + factor + "." + level;
    }
}
