package nl.verbinder.domain.networks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The latest review against the one before: the radar's ghost and the falls MATURITY_DROPPED names. */
class MaturityChangeTest {

    static NetworkReview review(long id, LocalDate on, int... scores) {
        Map<MaturityDimension, DimensionScore> map = new EnumMap<>(MaturityDimension.class);
        for (MaturityDimension d : MaturityDimension.values()) {
            map.put(d, new DimensionScore(scores[d.ordinal()], null));
        }
        return new NetworkReview(id, 1, on, map, new EffectivenessFactors(3, 6, 3, 2), Set.of(),
                ReviewDecision.MAINTAIN, null, null);
    }

    @Test
    void theLatestAndThePreviousReviewAreFoundWhateverTheOrder() {
        NetworkReview first = review(1, LocalDate.of(2025, 5, 1), 1, 1, 1, 1, 1, 1);
        NetworkReview second = review(2, LocalDate.of(2025, 11, 1), 2, 2, 2, 2, 2, 2);
        NetworkReview third = review(3, LocalDate.of(2026, 5, 1), 3, 3, 3, 3, 3, 3);

        MaturityChange change = MaturityChange.of(List.of(third, first, second));

        assertThat(change.latest()).isEqualTo(third);
        assertThat(change.previous()).isEqualTo(second);
        assertThat(change.moves()).allSatisfy(m -> assertThat(m.delta()).isEqualTo(1));
        assertThat(third.average()).isEqualTo(3.0);
    }

    @Test
    void oneReviewHasNoGhostAndNoMoves() {
        MaturityChange change = MaturityChange.of(List.of(review(1, LocalDate.of(2026, 1, 1), 2, 2, 2, 2, 2, 2)));

        assertThat(change.previous()).isNull();
        assertThat(change.moves()).isEmpty();
        assertThat(change.drops(1)).isEmpty();
        assertThat(MaturityChange.of(List.of()).latest()).isNull();
    }

    @Test
    void dropsAreTheDimensionsThatFellByAtLeastThePointsLargestFirst() {
        NetworkReview before = review(1, LocalDate.of(2026, 1, 1), 3, 3, 3, 4, 2, 2);
        NetworkReview after = review(2, LocalDate.of(2026, 7, 1), 2, 3, 4, 1, 2, 1);

        MaturityChange change = MaturityChange.of(List.of(before, after));

        assertThat(change.drops(1)).extracting(MaturityChange.Move::dimension).containsExactly(
                MaturityDimension.FITTING_LEADERSHIP, MaturityDimension.SHARED_PURPOSE,
                MaturityDimension.USEFUL_OUTPUT);
        assertThat(change.drops(2)).extracting(MaturityChange.Move::dimension)
                .containsExactly(MaturityDimension.FITTING_LEADERSHIP);
        assertThat(change.drops(4)).isEmpty();
    }

    @Test
    void twoReviewsOnOneDayAreOrderedByTheirNumber() {
        NetworkReview morning = review(7, LocalDate.of(2026, 7, 1), 2, 2, 2, 2, 2, 2);
        NetworkReview correction = review(8, LocalDate.of(2026, 7, 1), 3, 2, 2, 2, 2, 2);

        assertThat(MaturityChange.of(List.of(correction, morning)).latest()).isEqualTo(correction);
    }
}
