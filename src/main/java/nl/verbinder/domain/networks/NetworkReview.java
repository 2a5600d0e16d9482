package nl.verbinder.domain.networks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A review of a network: the six maturity dimensions scored with a reason each, the four
 * effectiveness factors, which of the nine tips the network follows, and the decision.
 *
 * @param scores       a score for every {@link MaturityDimension}
 * @param tipsFollowed the tips answered "yes"; the others were answered "no"
 */
public record NetworkReview(
        Long id,
        long networkId,
        LocalDate reviewedOn,
        Map<MaturityDimension, DimensionScore> scores,
        EffectivenessFactors factors,
        Set<NetworkTip> tipsFollowed,
        ReviewDecision decision,
        String decisionNote,
        Instant createdAt) {

    public NetworkReview {
        EnumMap<MaturityDimension, DimensionScore> copy = new EnumMap<>(MaturityDimension.class);
        if (scores != null) {
            copy.putAll(scores);
        }
        scores = Map.copyOf(copy);
        tipsFollowed = tipsFollowed == null || tipsFollowed.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(tipsFollowed));
    }

    /** The dimension's score, or 0 when it has none (a draft). */
    public int score(MaturityDimension dimension) {
        DimensionScore s = scores.get(dimension);
        return s == null ? 0 : s.score();
    }

    public String reason(MaturityDimension dimension) {
        DimensionScore s = scores.get(dimension);
        return s == null ? null : s.reason();
    }

    /** The mean of the six scores, for the overview. */
    public double average() {
        int sum = 0;
        for (MaturityDimension d : MaturityDimension.values()) {
            sum += score(d);
        }
        return sum / (double) MaturityDimension.values().length;
    }

    public boolean follows(NetworkTip tip) {
        return tipsFollowed.contains(tip);
    }
}
