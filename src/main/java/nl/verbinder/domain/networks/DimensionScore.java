package nl.verbinder.domain.networks;

/**
 * One dimension's score in a review, 1 (weak) to 4 (strong), with a one-line reason.
 *
 * @param reason why this score; may be empty
 */
public record DimensionScore(int score, String reason) {
}
