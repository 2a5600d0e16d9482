package nl.verbinder.testutil;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.verbinder.domain.networks.DimensionScore;
import nl.verbinder.domain.networks.EffectivenessFactors;
import nl.verbinder.domain.networks.MaturityDimension;
import nl.verbinder.domain.networks.NetworkReview;
import nl.verbinder.domain.networks.NetworkTip;
import nl.verbinder.domain.networks.ReviewDecision;

/** Builds network reviews for tests: {@code aReview().of(id).on(date).allScored(3).scored(STRONG_TIES, 1).build()}. */
public final class ReviewBuilder {

    private long networkId;
    private LocalDate on = TestDatabase.TODAY;
    private final Map<MaturityDimension, DimensionScore> scores = new EnumMap<>(MaturityDimension.class);
    private EffectivenessFactors factors = new EffectivenessFactors(3, 6, 3, 2);
    private final Set<NetworkTip> tips = EnumSet.noneOf(NetworkTip.class);
    private ReviewDecision decision = ReviewDecision.MAINTAIN;
    private String note;

    public static ReviewBuilder aReview() {
        ReviewBuilder b = new ReviewBuilder();
        return b.allScored(2);
    }

    public ReviewBuilder of(long id) {
        networkId = id;
        return this;
    }

    public ReviewBuilder on(LocalDate date) {
        on = date;
        return this;
    }

    public ReviewBuilder allScored(int score) {
        for (MaturityDimension d : MaturityDimension.values()) {
            scores.put(d, new DimensionScore(score, null));
        }
        return this;
    }

    public ReviewBuilder scored(MaturityDimension dimension, int score, String reason) {
        scores.put(dimension, new DimensionScore(score, reason));
        return this;
    }

    public ReviewBuilder without(MaturityDimension dimension) {
        scores.remove(dimension);
        return this;
    }

    public ReviewBuilder factors(int trust, int participants, int consensus, int competenceNeed) {
        factors = new EffectivenessFactors(trust, participants, consensus, competenceNeed);
        return this;
    }

    public ReviewBuilder following(NetworkTip... followed) {
        tips.addAll(Set.of(followed));
        return this;
    }

    public ReviewBuilder deciding(ReviewDecision value, String why) {
        decision = value;
        note = why;
        return this;
    }

    public NetworkReview build() {
        return new NetworkReview(null, networkId, on, scores, factors, tips, decision, note, null);
    }
}
