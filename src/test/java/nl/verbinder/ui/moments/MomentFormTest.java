package nl.verbinder.ui.moments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.MomentField;
import nl.verbinder.testutil.TestDatabase;
import nl.verbinder.ui.ViewModelTestBase;
import nl.verbinder.ui.area.Changes;
import nl.verbinder.ui.form.CheckOption;
import nl.verbinder.ui.form.PartnerSearchField.Choice;
import org.junit.jupiter.api.Test;

/** The moment form without a window: new and edit, on a real database file. */
class MomentFormTest extends ViewModelTestBase {

    @Test
    void aNewMomentForAKnownPartnerIsLoggedTodayWithTheRememberedLogger() {
        fixture.context.settings().loggedBy(fixture.sample.bram.id());
        MomentForm form = MomentForm.forNew(fixture.context, fixture.sample.zwembad.id());
        form.load();

        assertThat(form.partnerName()).isEqualTo("Zwembad De Wetering");
        assertThat(form.content().dateProperty().get()).isEqualTo(TestDatabase.TODAY);
        assertThat(form.loggedByProperty().get()).isEqualTo(fixture.sample.bram);
        assertThat(ticked(form.therapists())).containsExactly(fixture.sample.bram.id());

        form.content().kindProperty().set(ContactKind.PHONE);
        form.content().summaryProperty().set("Proefles besproken.");
        List<String> done = new ArrayList<>();
        form.save(() -> done.add("closed"));

        assertThat(done).containsExactly("closed");
        ContactMoment stored = fixture.services().moments().timeline(fixture.sample.zwembad.id()).getFirst().moment();
        assertThat(stored).isEqualTo(form.stored());
        assertThat(stored.kind()).isEqualTo(ContactKind.PHONE);
        assertThat(stored.loggedBy()).isEqualTo(fixture.sample.bram.id());
        assertThat(stored.therapistIds()).containsExactly(fixture.sample.bram.id());
    }

    @Test
    void choosingTheLoggerMovesTheTickAlong() {
        MomentForm form = MomentForm.forNew(fixture.context, null);
        form.load();

        form.loggedByProperty().set(fixture.sample.anna);
        form.loggedByProperty().set(fixture.sample.bram);

        assertThat(ticked(form.therapists())).containsExactly(fixture.sample.bram.id());
    }

    @Test
    void withoutAPartnerNothingIsStoredAndThePartnerFieldSaysSo() {
        MomentForm form = MomentForm.forNew(fixture.context, null);
        form.load();
        form.content().summaryProperty().set("Iets besproken.");

        form.save(() -> { });

        assertThat(form.errors()).containsKey(MomentField.PARTNER);
        assertThat(form.stored()).isNull();
    }

    @Test
    void choosingAPartnerOffersItsContactPersonsAndGoals() {
        MomentForm form = MomentForm.forNew(fixture.context, null);
        form.load();

        form.partnerProperty().set(new Choice(fixture.sample.linde.id(), "Huisartsenpraktijk De Linde", ""));

        assertThat(form.contactPersons()).extracting(CheckOption::label).contains("Marieke Jansen");
        assertThat(form.goals()).extracting(CheckOption::id).contains(fixture.sample.goal.id());
    }

    @Test
    void theServiceRefusalShowsByTheFieldAndTheDialogStays() {
        MomentForm form = MomentForm.forNew(fixture.context, fixture.sample.linde.id());
        form.load();
        List<String> done = new ArrayList<>();

        form.save(() -> done.add("closed"));

        assertThat(done).isEmpty();
        assertThat(form.errors()).containsEntry(MomentField.SUMMARY, "vul dit in");
    }

    @Test
    void editingChangesTheStoredMomentAndAnnouncesIt() {
        MomentForm logged = MomentForm.forNew(fixture.context, fixture.sample.linde.id());
        logged.load();
        logged.content().summaryProperty().set("Eerste versie.");
        logged.save(() -> { });
        List<String> heard = new ArrayList<>();
        fixture.changes.listen(() -> heard.add("moments"), Changes.Topic.MOMENTS);

        MomentForm form = MomentForm.forEdit(fixture.context, logged.stored(), "Huisartsenpraktijk De Linde");
        form.load();
        form.content().summaryProperty().set("Tweede versie.");
        form.followUpProperty().set("Terugbellen");
        form.save(() -> { });

        ContactMoment stored = fixture.services().moments().get(logged.stored().id());
        assertThat(stored.summary()).isEqualTo("Tweede versie.");
        assertThat(stored.followUp()).isEqualTo("Terugbellen");
        assertThat(stored.partnerId()).isEqualTo(fixture.sample.linde.id());
        assertThat(heard).containsExactly("moments");
        assertThat(form.unsaved().isDirty()).isFalse();
    }

    private static List<Long> ticked(List<CheckOption> options) {
        return options.stream().filter(CheckOption::isChosen).map(CheckOption::id).toList();
    }
}
