package nl.verbinder.ui.goals;

import static org.assertj.core.api.Assertions.assertThat;

import nl.verbinder.ui.ViewModelTestBase;
import org.junit.jupiter.api.Test;

/** The shared goals view model without a window, on a real database file. */
class GoalsViewModelTest extends ViewModelTestBase {

    @Test
    void linkingAPartnerToTheChosenGoalStoresIt() {
        GoalsViewModel model = new GoalsViewModel(fixture.context);
        model.load();
        model.select(model.goals().getFirst());

        model.link(fixture.sample.zwembad.id());

        assertThat(fixture.services().goals().get(fixture.sample.goal.id()).partnerIds())
                .contains(fixture.sample.zwembad.id());
        assertThat(model.selected().partners()).extracting(GoalCard.LinkedPartner::name).contains("Zwembad De Wetering");
    }

    @Test
    void aNewGoalWithoutATitleIsRefusedByTheField() {
        GoalsViewModel model = new GoalsViewModel(fixture.context);
        GoalEditor editor = model.newGoal();

        editor.save(() -> { });

        assertThat(editor.errors()).containsKey("title");
        assertThat(fixture.services().goals().list()).hasSize(1);
    }
}
