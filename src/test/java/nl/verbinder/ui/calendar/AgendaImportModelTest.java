package nl.verbinder.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.MomentQuery;
import nl.verbinder.ui.ViewModelTestBase;
import nl.verbinder.ui.moments.MomentForm;
import org.junit.jupiter.api.Test;

/** The agenda dialog's view model without a window, on a real database file. */
class AgendaImportModelTest extends ViewModelTestBase {

    private AgendaImportModel read() throws Exception {
        Path file = SampleAgenda.in(folder);
        AgendaImportModel model = new AgendaImportModel(fixture.context);
        List<String> done = new ArrayList<>();
        model.read(file, () -> done.add("read"));
        assertThat(done).containsExactly("read");
        return model;
    }

    @Test
    void theProposalsShowDayPartnerKindTitleAndWhy() throws Exception {
        AgendaImportModel model = read();

        assertThat(model.proposals()).hasSize(2);
        ProposalRow linde = model.proposals().getFirst();
        assertThat(linde.heading()).isEqualTo("10-11-2026 · Huisartsenpraktijk De Linde · Persoonlijk");
        assertThat(linde.title()).isEqualTo("Overleg valpreventie");
        assertThat(linde.why()).startsWith("Waarom: e-mailadres m.jansen@delinde.example is van een contactpersoon");
        assertThat(model.statusProperty().get()).startsWith("2 voorgesteld, 0 al eerder").contains("1 zonder partner");
    }

    @Test
    void anAcceptedProposalIsLoggedWithWhatTheTherapistAddedAndLeavesTheList() throws Exception {
        AgendaImportModel model = read();
        ProposalRow linde = model.proposals().getFirst();
        fixture.context.settings().loggedBy(fixture.sample.anna.id());

        MomentForm form = model.formFor(linde);
        form.load();
        assertThat(form.partnerName()).isEqualTo("Huisartsenpraktijk De Linde");
        assertThat(form.content().summaryProperty().get()).isEqualTo("Overleg valpreventie");
        assertThat(form.content().kindProperty().get()).isEqualTo(ContactKind.IN_PERSON);
        assertThat(form.contactPersons()).filteredOn(o -> o.isChosen()).extracting(o -> o.id())
                .containsExactly(fixture.sample.marieke.id());
        form.content().offeredProperty().set("Training valpreventie");
        form.content().askedProperty().set("Verwijzingen");
        form.followUpProperty().set("Flyer sturen");
        List<String> saved = new ArrayList<>();
        form.save(() -> saved.add("saved"));
        assertThat(saved).containsExactly("saved");
        model.accepted(linde);

        ContactMoment logged = fixture.services().moments().list(MomentQuery.all()).stream()
                .map(v -> v.moment()).filter(m -> "Overleg valpreventie".equals(m.summary())).findFirst().orElseThrow();
        assertThat(logged.offered()).isEqualTo("Training valpreventie");
        assertThat(logged.asked()).isEqualTo("Verwijzingen");
        assertThat(logged.followUp()).isEqualTo("Flyer sturen");
        assertThat(logged.loggedBy()).isEqualTo(fixture.sample.anna.id());
        assertThat(logged.contactPersonIds()).containsExactly(fixture.sample.marieke.id());
        assertThat(model.proposals()).hasSize(1);
        assertThat(model.acceptedProperty().get()).isEqualTo(1);
    }

    @Test
    void aSkippedProposalLeavesTheListAndTheSameFileProposesNeitherAgain() throws Exception {
        AgendaImportModel model = read();
        ProposalRow linde = model.proposals().get(0);
        MomentForm form = model.formFor(linde);
        form.load();
        form.save(() -> { });
        model.accepted(linde);
        model.skip(model.proposals().getFirst());

        assertThat(model.proposals()).isEmpty();
        assertThat(model.skippedProperty().get()).isEqualTo(1);
        AgendaImportModel again = read();
        assertThat(again.proposals()).isEmpty();
        assertThat(again.statusProperty().get()).startsWith("Niets nieuws");
    }

    @Test
    void aRefusedMomentIsNotRememberedAndStaysProposed() throws Exception {
        AgendaImportModel model = read();
        ProposalRow linde = model.proposals().getFirst();
        MomentForm form = model.formFor(linde);
        form.load();
        form.content().summaryProperty().set("");
        List<String> saved = new ArrayList<>();
        form.save(() -> saved.add("saved"));

        assertThat(saved).isEmpty();
        assertThat(read().proposals()).hasSize(2);
    }
}
