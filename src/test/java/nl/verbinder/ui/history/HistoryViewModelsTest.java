package nl.verbinder.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.history.RecordKind;
import nl.verbinder.service.HistoryLine;
import nl.verbinder.service.HistoryService;
import nl.verbinder.ui.ViewModelTestBase;
import nl.verbinder.ui.area.Changes;
import org.junit.jupiter.api.Test;

/** The Geschiedenis tab's and Recente wijzigingen' view models, without a window, on a real database file. */
class HistoryViewModelsTest extends ViewModelTestBase {

    private void annaMakesDeLindeDormant() {
        fixture.services().history().actAs(fixture.sample.anna.id());
        var linde = fixture.services().partners().get(fixture.sample.linde.id());
        fixture.services().partners().update(linde.toBuilder().status(PartnerStatus.DORMANT).build());
        fixture.services().history().actAs(null);
    }

    @Test
    void aPartnersHistoryIsNewestFirstInSentencesAndFollowsChanges() {
        PartnerHistoryViewModel model = new PartnerHistoryViewModel(fixture.context);
        model.load(fixture.sample.linde.id());
        assertThat(model.loadedProperty().get()).isTrue();
        int before = model.lines().size();
        assertThat(model.lines()).extracting(HistoryLine::sentence)
                .contains("Onbekend voegde Huisartsenpraktijk De Linde toe",
                        "Onbekend voegde contactpersoon Marieke Jansen van Huisartsenpraktijk De Linde toe");

        annaMakesDeLindeDormant();
        fixture.changes.announce(Changes.Topic.PARTNERS);

        assertThat(model.lines()).hasSize(before + 1);
        assertThat(model.lines().getFirst().text())
                .isEqualTo("Anna de Vries zette de status van Huisartsenpraktijk De Linde van Actief op Slapend, "
                        + "23-11-2026");
        assertThat(model.lines()).allSatisfy(line ->
                assertThat(line.change().partnerId()).isEqualTo(fixture.sample.linde.id()));
    }

    @Test
    void aLongHistoryShowsAPageAndOlderChangesOnRequestTheSameAsTheWholeList() {
        var partners = fixture.services().partners();
        for (int i = 0; i < HistoryService.PAGE + 30; i++) {
            var linde = partners.get(fixture.sample.linde.id());
            partners.update(linde.toBuilder().notes("Notitie " + i).build());
        }
        var history = fixture.services().history();
        var whole = history.readable(history.forPartner(fixture.sample.linde.id(), null),
                nl.verbinder.i18n.Messages.dutch());
        assertThat(whole.size()).isGreaterThan(HistoryService.PAGE);

        PartnerHistoryViewModel model = new PartnerHistoryViewModel(fixture.context);
        model.load(fixture.sample.linde.id());
        assertThat(model.lines()).hasSize(HistoryService.PAGE);
        assertThat(model.moreProperty().get()).isTrue();
        assertThat(model.lines()).extracting(HistoryLine::text)
                .containsExactlyElementsOf(whole.subList(0, HistoryService.PAGE).stream().map(HistoryLine::text).toList());

        model.showOlder();
        assertThat(model.lines()).extracting(HistoryLine::text)
                .containsExactlyElementsOf(whole.stream().map(HistoryLine::text).toList());
        assertThat(model.moreProperty().get()).isFalse();

        model.load(fixture.sample.oost.id());
        assertThat(model.moreProperty().get()).as("another partner starts at a page again").isFalse();
        assertThat(model.lines()).hasSizeLessThanOrEqualTo(HistoryService.PAGE);
    }

    @Test
    void clearingForANewPartnerEmptiesTheTab() {
        PartnerHistoryViewModel model = new PartnerHistoryViewModel(fixture.context);
        model.load(fixture.sample.linde.id());
        model.clear();
        assertThat(model.lines()).isEmpty();
        assertThat(model.loadedProperty().get()).isFalse();
    }

    @Test
    void recentChangesFilterByWhoKindAndPeriod() {
        annaMakesDeLindeDormant();
        RecentChangesViewModel model = new RecentChangesViewModel(fixture.context);
        model.start();
        assertThat(model.whoChoices()).extracting(RecentChangesViewModel.Who::label)
                .containsExactly("Iedereen", "Anna de Vries", "Bram van den Berg", "Onbekend");
        int everything = model.lines().size();
        assertThat(everything).isGreaterThan(10);

        model.whoProperty().set(model.whoChoices().get(1));
        assertThat(model.lines()).extracting(HistoryLine::sentence)
                .containsExactly("Anna de Vries zette de status van Huisartsenpraktijk De Linde van Actief op Slapend");

        model.whoProperty().set(model.whoChoices().getLast());
        assertThat(model.lines()).hasSize(everything - 1).allSatisfy(l -> assertThat(l.who()).isEqualTo("Onbekend"));

        model.kindProperty().set(model.kindChoices().stream().filter(k -> k.kind() == RecordKind.THERAPIST)
                .findFirst().orElseThrow());
        assertThat(model.lines()).extracting(HistoryLine::sentence)
                .containsExactlyInAnyOrder("Onbekend voegde therapeut Anna de Vries toe",
                        "Onbekend voegde therapeut Bram van den Berg toe");

        model.whoProperty().set(model.whoChoices().getFirst());
        model.kindProperty().set(model.kindChoices().getFirst());
        model.periodProperty().set(RecentChangesViewModel.Period.ALL);
        assertThat(model.lines()).hasSize(everything);
    }
}
