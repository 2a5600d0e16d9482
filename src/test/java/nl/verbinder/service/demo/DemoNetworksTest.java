package nl.verbinder.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.verbinder.domain.attention.AttentionFilter;
import nl.verbinder.domain.attention.NetworkAttentionItem;
import nl.verbinder.domain.attention.NetworkReason;
import nl.verbinder.domain.attention.NetworkReasonCode;
import nl.verbinder.domain.networks.NetworkPhase;
import nl.verbinder.domain.networks.NetworkReview;
import nl.verbinder.domain.networks.ReviewDecision;
import nl.verbinder.service.PracticeNetworkService;
import nl.verbinder.service.PracticeNetworkService.NetworkDetail;
import nl.verbinder.service.PracticeNetworkService.NetworkRow;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo practice's three networks tell their stories: one matures, one stalls, one is let go. */
class DemoNetworksTest {

    @TempDir
    Path folder;

    @Test
    void threeNetworksWithFourReviewsEachTellAStory() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            db.services().demo().fill();
            PracticeNetworkService networks = db.services().practiceNetworks();
            List<NetworkRow> rows = networks.overview();

            assertThat(rows).hasSize(3).allSatisfy(r -> assertThat(r.reviewCount()).isEqualTo(4));
            Map<String, NetworkDetail> byName = rows.stream().collect(Collectors.toMap(r -> r.network().name(),
                    r -> networks.detail(r.network().id())));

            NetworkDetail falls = byName.get("Valpreventieketen Amersfoort");
            List<Double> averages = falls.reviews().stream().map(NetworkReview::average).toList();
            assertThat(averages).as("maturing").isSortedAccordingTo(Double::compare);
            assertThat(averages.getLast()).isGreaterThan(averages.getFirst() + 1);
            assertThat(falls.network().phase()).isEqualTo(NetworkPhase.INSTITUTIONALISING);
            assertThat(falls.network().members()).hasSize(5);
            assertThat(falls.network().goalIds()).hasSize(1);

            NetworkDetail exercise = byName.get("Beweegnetwerk Amersfoort-Noord");
            assertThat(exercise.change().drops(1)).as("stalling").isNotEmpty();
            assertThat(exercise.phases()).extracting(p -> p.phase()).containsExactly(NetworkPhase.RECRUITING,
                    NetworkPhase.PARTICIPATING, NetworkPhase.RECRUITING);

            NetworkDetail copd = byName.get("Landelijk Netwerk Longfysiotherapie (COPD)");
            assertThat(copd.latestReview().decision()).as("let go").isEqualTo(ReviewDecision.LET_GO);

            List<NetworkAttentionItem> attention = db.services().attention().overview(AttentionFilter.all())
                    .networks();
            Map<String, List<NetworkReasonCode>> reasons = attention.stream().collect(Collectors.toMap(
                    NetworkAttentionItem::networkName, i -> i.reasons().stream().map(NetworkReason::code).toList()));
            assertThat(reasons).doesNotContainKey("Valpreventieketen Amersfoort");
            assertThat(reasons.get("Beweegnetwerk Amersfoort-Noord")).containsExactlyInAnyOrder(
                    NetworkReasonCode.NETWORK_REVIEW_DUE, NetworkReasonCode.MATURITY_DROPPED,
                    NetworkReasonCode.PASSIVE_MEMBER);
            assertThat(reasons.get("Landelijk Netwerk Longfysiotherapie (COPD)"))
                    .containsExactly(NetworkReasonCode.CONTRACT_AT_RISK, NetworkReasonCode.MATURITY_DROPPED);
        }
    }
}
