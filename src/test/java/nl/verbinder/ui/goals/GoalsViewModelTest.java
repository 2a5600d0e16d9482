package nl.verbinder.ui.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import nl.verbinder.ui.ViewModelFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared goals view model without a window, on a real database file. */
class GoalsViewModelTest {

    @TempDir
    Path folder;
    private ViewModelFixture fixture;

    @BeforeEach
    void open() {
        fixture = new ViewModelFixture(folder);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

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
