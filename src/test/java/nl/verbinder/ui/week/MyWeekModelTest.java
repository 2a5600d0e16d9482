package nl.verbinder.ui.week;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.verbinder.ui.ViewModelTestBase;
import nl.verbinder.ui.moments.MomentForm;
import org.junit.jupiter.api.Test;

/** "Mijn week" without a window, on the sample practice (Anna owns De Linde, whose "Flyer sturen" is overdue). */
class MyWeekModelTest extends ViewModelTestBase {

    @Test
    void withoutMeChosenItAsksWhoIAm() {
        MyWeekModel model = new MyWeekModel(fixture.context);

        model.load();

        assertThat(model.followUps()).isEmpty();
        assertThat(model.statusProperty().get()).startsWith("Kies eerst wie jij bent");
    }

    @Test
    void myOverdueFollowUpIsListedCountedAndMarkedDoneInOneStep() {
        fixture.context.settings().me(fixture.sample.anna.id());
        MyWeekModel model = new MyWeekModel(fixture.context);

        model.load();

        assertThat(model.countProperty().get()).isEqualTo(1);
        assertThat(model.describe(model.followUps().getFirst()))
                .isEqualTo("te laat sinds 03-11-2026 · Huisartsenpraktijk De Linde · Flyer sturen");
        model.markDone(model.followUps().getFirst());
        assertThat(model.followUps()).isEmpty();
        assertThat(model.countProperty().get()).isZero();
    }

    @Test
    void theClosingMomentIsFilledInAndMarksTheFollowUpDone() {
        fixture.context.settings().me(fixture.sample.anna.id());
        MyWeekModel model = new MyWeekModel(fixture.context);
        model.load();

        MomentForm form = model.formFor(model.followUps().getFirst());
        form.load();
        assertThat(form.content().summaryProperty().get()).isEqualTo("Vervolg: Flyer sturen");
        List<String> saved = new ArrayList<>();
        form.save(() -> saved.add("saved"));
        model.closed();

        assertThat(saved).containsExactly("saved");
        assertThat(model.followUps()).isEmpty();
    }

    @Test
    void bramHasNoneOfAnnasFollowUps() {
        fixture.context.settings().me(fixture.sample.bram.id());
        MyWeekModel model = new MyWeekModel(fixture.context);

        model.load();

        assertThat(model.followUps()).isEmpty();
        assertThat(model.statusProperty().get()).startsWith("Geen open vervolgacties");
    }
}
