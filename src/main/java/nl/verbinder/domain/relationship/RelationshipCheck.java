package nl.verbinder.domain.relationship;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The relationship check of one partner: six questions, each answered 1-4 or not yet
 * ({@link RelationshipQuestion}). The three trust answers give the trust score, the three value
 * answers the value score (each the mean, 1.0-4.0, once all three are answered).
 *
 * <p>The partner's trust on the old 1-5 scale stays what the attention score, filters and
 * exports use; {@link #trustLevel()} gives it from the trust answers (their sum 3-4 → 1,
 * 5-6 → 2, 7-8 → 3, 9-10 → 4, 11-12 → 5), and {@link #fromTrust} turns a trust 1-5 back into
 * answers with that same level (what the V11 migration did with existing values).
 *
 * @param checkedOn the day the check was last answered; null for one migrated from the old trust
 */
public record RelationshipCheck(long partnerId, Map<RelationshipQuestion, Integer> answers, LocalDate checkedOn) {

    /** The mean answer at or above which trust or value counts as high on the chart. */
    public static final double HIGH = 2.5;

    public RelationshipCheck {
        EnumMap<RelationshipQuestion, Integer> copy = new EnumMap<>(RelationshipQuestion.class);
        answers.forEach((q, a) -> {
            if (a != null) {
                copy.put(q, a);
            }
        });
        answers = Collections.unmodifiableMap(copy);
    }

    /** A check with no answers. */
    public static RelationshipCheck empty(long partnerId) {
        return new RelationshipCheck(partnerId, Map.of(), null);
    }

    /** The trust answers a trust 1-5 of before the check migrates into (value answers open). */
    public static RelationshipCheck fromTrust(long partnerId, int trust) {
        int[] a = switch (trust) {
            case 1 -> new int[] {1, 1, 1};
            case 2 -> new int[] {2, 2, 2};
            case 3 -> new int[] {3, 3, 2};
            case 4 -> new int[] {3, 3, 3};
            case 5 -> new int[] {4, 4, 4};
            default -> throw new IllegalArgumentException("trust " + trust);
        };
        return new RelationshipCheck(partnerId, Map.of(RelationshipQuestion.OPENNESS, a[0],
                RelationshipQuestion.RELIABILITY, a[1], RelationshipQuestion.SHARED_MISSION, a[2]), null);
    }

    public Integer answer(RelationshipQuestion question) {
        return answers.get(question);
    }

    /** The mean of the three trust answers, or null while one is open. */
    public Double trustScore() {
        return mean(true);
    }

    /** The mean of the three value answers, or null while one is open. */
    public Double valueScore() {
        return mean(false);
    }

    /** The trust on the old 1-5 scale, from the trust answers; null while one is open. */
    public Integer trustLevel() {
        Integer sum = sum(true);
        return sum == null ? null : Math.min(5, (sum - 1) / 2);
    }

    /** Invest, keep or let go, once both scores are known; null before. */
    public RelationshipAdvice advice() {
        Double trust = trustScore();
        Double value = valueScore();
        if (trust == null || value == null) {
            return null;
        }
        if (trust >= HIGH) {
            return RelationshipAdvice.KEEP;
        }
        return value >= HIGH ? RelationshipAdvice.INVEST : RelationshipAdvice.LET_GO;
    }

    public boolean isEmpty() {
        return answers.isEmpty();
    }

    private Double mean(boolean trust) {
        Integer sum = sum(trust);
        return sum == null ? null : sum / 3.0;
    }

    private Integer sum(boolean trust) {
        int sum = 0;
        for (RelationshipQuestion q : RelationshipQuestion.values()) {
            if (q.isTrust() == trust) {
                Integer a = answers.get(q);
                if (a == null) {
                    return null;
                }
                sum += a;
            }
        }
        return sum;
    }
}
