package nl.verbinder.domain.networks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The governance-fit hint on hand-made networks, after Provan and Kenis (2008). */
class GovernanceFitTest {

    @Test
    void fewMembersHighTrustAndConsensusSuitSelfGovernance() {
        GovernanceFit fit = GovernanceFit.of(new EffectivenessFactors(4, 5, 4, 1));

        assertThat(fit.suggested()).containsExactly(GovernanceForm.SELF_GOVERNED);
        assertThat(fit.votesFor(GovernanceForm.SELF_GOVERNED)).isEqualTo(4);
        assertThat(fit.fits(GovernanceForm.SELF_GOVERNED)).isTrue();
        assertThat(fit.reasons()).extracting(FitReason::messageKey).containsExactly("network-fit.trust.high",
                "network-fit.participants.low", "network-fit.goal-consensus.high", "network-fit.competence-need.low");
    }

    @Test
    void manyMembersAndAHighNeedForNetworkCompetencesCallForANetworkOrganisation() {
        GovernanceFit fit = GovernanceFit.of(new EffectivenessFactors(3, 400, 3, 4));

        assertThat(fit.suggested()).containsExactly(GovernanceForm.NETWORK_ORGANISATION);
        assertThat(fit.fits(GovernanceForm.SELF_GOVERNED)).as("a hint, with reasons: the current form does not fit")
                .isFalse();
        assertThat(fit.reasons()).extracting(FitReason::value).containsExactly(3, 400, 3, 4);
    }

    @Test
    void lowTrustAndLowConsensusInAMidSizedNetworkCallForALeadOrganisation() {
        GovernanceFit fit = GovernanceFit.of(new EffectivenessFactors(2, 14, 1, 2));

        assertThat(fit.suggested()).containsExactly(GovernanceForm.LEAD_ORGANISATION);
    }

    @Test
    void aSplitNamesEveryFormWithTheMostFactors() {
        // Few members and full consensus (self), but little trust and a high need for network competences.
        GovernanceFit fit = GovernanceFit.of(new EffectivenessFactors(1, 6, 4, 4));

        assertThat(fit.suggested()).containsExactly(GovernanceForm.SELF_GOVERNED);
        GovernanceFit even = GovernanceFit.of(new EffectivenessFactors(1, 30, 4, 1));
        assertThat(even.votesFor(GovernanceForm.SELF_GOVERNED)).isEqualTo(2);
        assertThat(even.suggested()).containsExactly(GovernanceForm.SELF_GOVERNED);
        GovernanceFit tie = GovernanceFit.of(new EffectivenessFactors(4, 30, 4, 4));
        assertThat(tie.suggested()).containsExactly(GovernanceForm.SELF_GOVERNED, GovernanceForm.NETWORK_ORGANISATION);
        GovernanceFit threeWay = GovernanceFit.of(new EffectivenessFactors(4, 12, 3, 3));
        assertThat(threeWay.suggested()).containsExactly(GovernanceForm.NETWORK_ORGANISATION);
    }

    @Test
    void theBoundariesOfSizeAreEightAndTwentyFive() {
        assertThat(GovernanceFit.of(new EffectivenessFactors(3, 8, 3, 2)).reasons().get(1).suits())
                .isEqualTo(GovernanceForm.SELF_GOVERNED);
        assertThat(GovernanceFit.of(new EffectivenessFactors(3, 9, 3, 2)).reasons().get(1).suits())
                .isEqualTo(GovernanceForm.LEAD_ORGANISATION);
        assertThat(GovernanceFit.of(new EffectivenessFactors(3, 25, 3, 2)).reasons().get(1).suits())
                .isEqualTo(GovernanceForm.LEAD_ORGANISATION);
        assertThat(GovernanceFit.of(new EffectivenessFactors(3, 26, 3, 2)).reasons().get(1).suits())
                .isEqualTo(GovernanceForm.NETWORK_ORGANISATION);
    }
}
