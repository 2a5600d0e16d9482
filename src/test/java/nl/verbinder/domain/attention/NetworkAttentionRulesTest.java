package nl.verbinder.domain.attention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.verbinder.domain.networks.DimensionScore;
import nl.verbinder.domain.networks.EffectivenessFactors;
import nl.verbinder.domain.networks.MaturityChange;
import nl.verbinder.domain.networks.MaturityDimension;
import nl.verbinder.domain.networks.NetworkReview;
import nl.verbinder.domain.networks.OurRole;
import nl.verbinder.domain.networks.ReviewDecision;
import org.junit.jupiter.api.Test;

/** The four network attention reasons on hand-made networks, as of a fixed day. */
class NetworkAttentionRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final NetworkAttentionRules rules = new NetworkAttentionRules(AttentionSettings.defaults());

    private static NetworkReview review(LocalDate on, ReviewDecision decision, int... scores) {
        Map<MaturityDimension, DimensionScore> map = new EnumMap<>(MaturityDimension.class);
        for (MaturityDimension d : MaturityDimension.values()) {
            map.put(d, new DimensionScore(scores.length == 0 ? 3 : scores[d.ordinal()], null));
        }
        return new NetworkReview((long) on.getDayOfYear(), 1, on, map, new EffectivenessFactors(3, 6, 3, 2), Set.of(),
                decision, null, null);
    }

    private static NetworkFacts network(OurRole role, LocalDate createdOn, String contract, LocalDate until,
                                        LocalDate lastMoment, NetworkReview... reviews) {
        return new NetworkFacts(1, "Valpreventie Oost", role, createdOn, contract, until,
                MaturityChange.of(List.of(reviews)), lastMoment);
    }

    private static List<NetworkReasonCode> codes(List<NetworkReason> reasons) {
        return reasons.stream().map(NetworkReason::code).toList();
    }

    @Test
    void aHealthyNetworkNeedsNoAttention() {
        NetworkFacts f = network(OurRole.LEAD, LocalDate.of(2025, 1, 1), "CZ Module Netwerkzorg",
                LocalDate.of(2027, 12, 31), TODAY.minusDays(20), review(TODAY.minusMonths(2), ReviewDecision.INVEST));

        assertThat(rules.reasons(f, TODAY)).isEmpty();
        assertThat(rules.evaluate(f, TODAY)).isEmpty();
    }

    @Test
    void reviewIsDueOnlyAfterTheWholePeriod() {
        NetworkReview sixMonthsAgo = review(TODAY.minusMonths(6), ReviewDecision.MAINTAIN);
        NetworkReview longer = review(TODAY.minusMonths(6).minusDays(1), ReviewDecision.MAINTAIN);

        assertThat(rules.reviewDue(network(OurRole.PARTICIPANT, LocalDate.of(2024, 1, 1), null, null, null,
                sixMonthsAgo), TODAY)).isEmpty();
        NetworkReason due = rules.reviewDue(network(OurRole.PARTICIPANT, LocalDate.of(2024, 1, 1), null, null, null,
                longer), TODAY).orElseThrow();
        assertThat(due.code()).isEqualTo(NetworkReasonCode.NETWORK_REVIEW_DUE);
        assertThat(due.args()).containsExactly(1, 6L, 6);
    }

    @Test
    void aNetworkNeverReviewedCountsFromTheDayItWasAdded() {
        assertThat(rules.reviewDue(network(OurRole.PARTICIPANT, TODAY.minusMonths(2), null, null, null), TODAY))
                .isEmpty();
        assertThat(rules.reviewDue(network(OurRole.PARTICIPANT, TODAY.minusMonths(9), null, null, null), TODAY)
                .orElseThrow().args()).containsExactly(0, 9L, 6);
    }

    @Test
    void theReviewPeriodIsASetting() {
        AttentionSettings yearly = AttentionSettings.fromMap(Map.of(AttentionSettings.NETWORK_REVIEW_MONTHS, "12"));
        NetworkFacts f = network(OurRole.PARTICIPANT, LocalDate.of(2024, 1, 1), null, null, null,
                review(TODAY.minusMonths(9), ReviewDecision.MAINTAIN));

        assertThat(new NetworkAttentionRules(yearly).reviewDue(f, TODAY)).isEmpty();
        assertThat(rules.reviewDue(f, TODAY)).isPresent();
    }

    @Test
    void maturityDroppedNamesTheLargestFallAndCountsTheOthers() {
        NetworkFacts f = network(OurRole.PARTICIPANT, LocalDate.of(2024, 1, 1), null, null, null,
                review(TODAY.minusMonths(7), ReviewDecision.MAINTAIN, 3, 3, 3, 3, 3, 3),
                review(TODAY.minusMonths(1), ReviewDecision.MAINTAIN, 3, 2, 3, 1, 3, 3));

        NetworkReason dropped = rules.maturityDropped(f).orElseThrow();

        assertThat(dropped.args()).containsExactly(MaturityDimension.FITTING_LEADERSHIP, 3, 1, 1);
        AttentionSettings twoPoints = AttentionSettings.fromMap(Map.of(AttentionSettings.MATURITY_DROPPED_POINTS, "2"));
        assertThat(new NetworkAttentionRules(twoPoints).maturityDropped(f).orElseThrow().args())
                .containsExactly(MaturityDimension.FITTING_LEADERSHIP, 3, 1, 0);
    }

    @Test
    void aRiseOrASingleReviewIsNoDrop() {
        assertThat(rules.maturityDropped(network(OurRole.PARTICIPANT, TODAY, null, null, null,
                review(TODAY.minusMonths(7), ReviewDecision.MAINTAIN, 1, 1, 1, 1, 1, 1),
                review(TODAY.minusMonths(1), ReviewDecision.MAINTAIN, 2, 2, 2, 2, 2, 2)))).isEmpty();
        assertThat(rules.maturityDropped(network(OurRole.PARTICIPANT, TODAY, null, null, null,
                review(TODAY.minusMonths(1), ReviewDecision.MAINTAIN, 1, 1, 1, 1, 1, 1)))).isEmpty();
    }

    @Test
    void passiveMemberOnlyWhenWeHelpLeadAndNoMomentForMoreThanNinetyDays() {
        LocalDate added = LocalDate.of(2025, 1, 1);
        assertThat(rules.passiveMember(network(OurRole.CORE_GROUP, added, null, null, TODAY.minusDays(90)), TODAY))
                .isEmpty();
        assertThat(rules.passiveMember(network(OurRole.CORE_GROUP, added, null, null, TODAY.minusDays(91)), TODAY)
                .orElseThrow().args()).containsExactly(OurRole.CORE_GROUP, 1, 91L);
        assertThat(rules.passiveMember(network(OurRole.PARTICIPANT, added, null, null, TODAY.minusDays(400)), TODAY))
                .as("a participant may be quiet").isEmpty();
        assertThat(rules.passiveMember(network(OurRole.LEAD, TODAY.minusDays(100), null, null, null), TODAY)
                .orElseThrow().args()).containsExactly(OurRole.LEAD, 0, 100L);
    }

    @Test
    void contractAtRiskWhenItEndsWithinSixtyDaysOrEnded() {
        LocalDate added = LocalDate.of(2025, 1, 1);
        String contract = "CZ Module Netwerkzorg COPD";
        assertThat(rules.contractAtRisk(network(OurRole.PARTICIPANT, added, contract, TODAY.plusDays(61), null),
                TODAY)).isEmpty();
        assertThat(rules.contractAtRisk(network(OurRole.PARTICIPANT, added, contract, TODAY.plusDays(60), null),
                TODAY).orElseThrow().args()).containsExactly(contract, 0, TODAY.plusDays(60), 60L);
        assertThat(rules.contractAtRisk(network(OurRole.PARTICIPANT, added, contract, TODAY.minusDays(3), null),
                TODAY).orElseThrow().args()).containsExactly(contract, 1, TODAY.minusDays(3), -3L);
        assertThat(rules.contractAtRisk(network(OurRole.PARTICIPANT, added, null, TODAY.plusDays(5), null), TODAY))
                .as("no contract, no risk").isEmpty();
    }

    @Test
    void contractAtRiskWhenTheLastReviewLetsGoOfANetworkAContractDependsOn() {
        LocalDate added = LocalDate.of(2025, 1, 1);
        NetworkFacts letGo = network(OurRole.PARTICIPANT, added, "Gemeente valpreventie", null, null,
                review(TODAY.minusMonths(1), ReviewDecision.LET_GO));

        NetworkReason risk = rules.contractAtRisk(letGo, TODAY).orElseThrow();

        assertThat(risk.args()).containsExactly("Gemeente valpreventie", 2, "", 0);
        assertThat(rules.contractAtRisk(network(OurRole.PARTICIPANT, added, null, null, null,
                review(TODAY.minusMonths(1), ReviewDecision.LET_GO)), TODAY)).isEmpty();
    }

    @Test
    void itemsAreSortedByScoreWithAllTheirReasons() {
        NetworkFacts quiet = new NetworkFacts(2, "Beweegnetwerk", OurRole.CORE_GROUP, LocalDate.of(2025, 1, 1), null,
                null, MaturityChange.of(List.of(review(TODAY.minusMonths(2), ReviewDecision.MAINTAIN))),
                TODAY.minusDays(120));
        NetworkFacts risky = new NetworkFacts(3, "ParkinsonNet", OurRole.PARTICIPANT, LocalDate.of(2025, 1, 1),
                "Zilveren Kruis", TODAY.plusDays(10), MaturityChange.of(List.of()), null);

        List<NetworkAttentionItem> items = rules.items(List.of(quiet, risky), TODAY);

        assertThat(items).extracting(NetworkAttentionItem::networkName).containsExactly("ParkinsonNet",
                "Beweegnetwerk");
        assertThat(codes(items.getFirst().reasons())).containsExactly(NetworkReasonCode.CONTRACT_AT_RISK,
                NetworkReasonCode.NETWORK_REVIEW_DUE);
        assertThat(codes(items.getLast().reasons())).containsExactly(NetworkReasonCode.PASSIVE_MEMBER);
    }
}
