package nl.verbinder.ui.networks;

import static nl.verbinder.testutil.NetworkBuilder.aNetwork;
import static nl.verbinder.testutil.ReviewBuilder.aReview;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.verbinder.domain.networks.MaturityDimension;
import nl.verbinder.domain.networks.NetworkPhase;
import nl.verbinder.domain.networks.NetworkTip;
import nl.verbinder.domain.networks.PracticeNetwork;
import nl.verbinder.domain.networks.ReviewDecision;
import nl.verbinder.ui.ViewModelTestBase;
import org.junit.jupiter.api.Test;

/** The Netwerken view model without a window, on a real database file. */
class NetworksViewModelTest extends ViewModelTestBase {

    private PracticeNetwork network() {
        return fixture.services().practiceNetworks().create(aNetwork().named("Beweegnetwerk Oost").build(),
                LocalDate.of(2026, 1, 5));
    }

    @Test
    void theOverviewShowsKindPhaseRoleLastReviewAndDecision() {
        PracticeNetwork n = network();
        fixture.services().practiceNetworks().review(aReview().of(n.id()).on(LocalDate.of(2026, 6, 1))
                .deciding(ReviewDecision.INVEST, null).build());
        NetworksViewModel model = new NetworksViewModel(fixture.context);

        model.load();

        assertThat(model.rows()).containsExactly(new NetworkListRow(n.id(), "Beweegnetwerk Oost",
                "Coöperatief: ontwikkelnetwerk", "Werven", "Deelnemer", "01-06-2026", "Investeren"));
        assertThat(model.selected().id()).isEqualTo(n.id());
        assertThat(model.phases()).containsExactly("Werven · 05-01-2026");
    }

    @Test
    void aReviewSetsTheRadarWithThePreviousAsGhostAndTheCourse() {
        PracticeNetwork n = network();
        fixture.services().practiceNetworks().review(aReview().of(n.id()).on(LocalDate.of(2026, 5, 1)).allScored(2)
                .build());
        NetworksViewModel model = new NetworksViewModel(fixture.context);
        model.load();
        assertThat(model.radarProperty().get().latest()).containsExactly(2, 2, 2, 2, 2, 2);
        assertThat(model.radarProperty().get().ghost()).isEmpty();

        ReviewForm form = model.review();
        assertThat(form.scoreProperty(MaturityDimension.STRONG_TIES).get()).as("starts from the last review")
                .isEqualTo("2");
        form.scoreProperty(MaturityDimension.STRONG_TIES).set("4");
        form.reasonProperty(MaturityDimension.STRONG_TIES).set("Vaste koffie na het overleg");
        form.scoreProperty(MaturityDimension.USEFUL_OUTPUT).set("3");
        form.trustProperty().set("4");
        form.consensusProperty().set("4");
        form.competenceNeedProperty().set("1");
        form.tipProperty(NetworkTip.REFLECTION).set(true);
        form.decisionProperty().set(ReviewDecision.INVEST);
        form.save(() -> { });

        assertThat(fixture.errors).isEmpty();
        assertThat(model.radarProperty().get().latest()).containsExactly(2, 2, 2, 2, 4, 3);
        assertThat(model.radarProperty().get().ghost()).containsExactly(2, 2, 2, 2, 2, 2);
        assertThat(model.courses()).extracting(NetworksViewModel.Course::scores)
                .contains(List.of(2, 4), List.of(2, 3));
        assertThat(model.fitSummaryProperty().get()).startsWith("De factoren wijzen het meest naar: Zelfsturend");
        assertThat(model.fitReasons()).hasSize(4);
        assertThat(model.rows().getFirst().decision()).isEqualTo("Investeren");
        assertThat(fixture.services().practiceNetworks().reviews(n.id()).getLast()
                .reason(MaturityDimension.STRONG_TIES)).isEqualTo("Vaste koffie na het overleg");
    }

    @Test
    void anIncompleteReviewIsRefusedByItsFields() {
        network();
        NetworksViewModel model = new NetworksViewModel(fixture.context);
        model.load();
        ReviewForm form = model.review();
        form.scoreProperty(MaturityDimension.SHARED_PURPOSE).set("7");

        form.save(() -> { });

        assertThat(form.errors()).containsEntry("dimension.shared-purpose", "moet van 1 tot en met 4 zijn")
                .containsEntry("dimension.compelling-goal", "vul dit in").containsKey("trust");
        assertThat(fixture.services().practiceNetworks().reviews(model.selected().id())).isEmpty();
    }

    @Test
    void membersAndPhasesChangeFromTheDetail() {
        PracticeNetwork n = network();
        NetworksViewModel model = new NetworksViewModel(fixture.context);
        model.load();

        model.addMember(fixture.sample.zwembad.id(), "beweegaanbod");
        model.changePhase(NetworkPhase.PARTICIPATING, LocalDate.of(2026, 9, 1));

        PracticeNetwork stored = fixture.services().practiceNetworks().get(n.id());
        assertThat(stored.members()).extracting(m -> m.partnerName() + "/" + m.role())
                .containsExactly("Zwembad De Wetering/beweegaanbod");
        assertThat(stored.phase()).isEqualTo(NetworkPhase.PARTICIPATING);
        assertThat(model.phases()).containsExactly("Werven · 05-01-2026", "Participeren · 01-09-2026");
        assertThat(model.selected().members()).hasSize(1);
    }

    @Test
    void aNewNetworkWithoutANameIsRefusedByTheField() {
        NetworksViewModel model = new NetworksViewModel(fixture.context);
        NetworkEditor editor = model.newNetwork();

        editor.save(() -> { });

        assertThat(editor.errors()).containsEntry("name", "vul dit in");
        assertThat(fixture.services().practiceNetworks().overview()).isEmpty();
    }
}
