package nl.verbinder.ui.goals;

import static org.assertj.core.api.Assertions.assertThat;

import nl.verbinder.domain.GoalStatus;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.ui.ViewModelTestBase;
import nl.verbinder.ui.fx.FieldMerge;
import org.junit.jupiter.api.Test;

/**
 * The merge after an edit conflict in a form built on FormModel (the goal's): the rows are the
 * fields that differ, preset to whoever changed them, and the chosen merge is saved on top of
 * the latest version; keeping on editing saves nothing.
 */
class GoalMergeTest extends ViewModelTestBase {

    private SharedGoal stored() {
        return fixture.services().goals().get(fixture.sample.goal.id());
    }

    private GoalEditor editorWithConflict() {
        GoalsViewModel model = new GoalsViewModel(fixture.context);
        model.load();
        model.select(model.goals().getFirst());
        GoalEditor editor = model.edit();
        editor.titleProperty().set("Samen tegen vallen");
        editor.edited("title");
        SharedGoal goal = stored();
        fixture.services().goals().update(new SharedGoal(goal.id(), goal.title(), "Veel valincidenten in Oost",
                goal.whatMattersForPatient(), goal.possibilities(), goal.whatWeGoFor(), GoalStatus.STOPPED,
                goal.targetDate(), goal.partnerIds(), goal.createdAt(), goal.updatedAt(), goal.version()));
        return editor;
    }

    @Test
    void theFieldsThatDifferAreAskedAboutPresetToWhoChangedThem() {
        GoalEditor editor = editorWithConflict();

        editor.save(() -> { });

        assertThat(fixture.merges).singleElement().satisfies(merge -> {
            assertThat(merge.rows()).extracting(FieldMerge.Row::name)
                    .containsExactly("title", "status", "whatIsGoingOn");
            assertThat(merge.rows()).extracting(r -> r.takeTheirs().get()).containsExactly(false, true, true);
            assertThat(merge.rows().getFirst().mine()).isEqualTo("Samen tegen vallen");
            assertThat(merge.rows().get(1).theirs()).isEqualTo("Gestopt");
            assertThat(merge.message()).contains("Iemand anders heeft dit");
        });
        assertThat(stored().title()).isEqualTo(fixture.sample.goal.title());
    }

    @Test
    void theChosenMergeIsSavedOnTopOfTheLatestVersion() {
        GoalEditor editor = editorWithConflict();
        int theirs = stored().version();
        fixture.mergeAnswer = merge -> {
            merge.rows().stream().filter(r -> r.name().equals("status")).findFirst().orElseThrow()
                    .takeTheirs().set(false); // keep my status after all
            return FieldMerge.Answer.SAVE_MERGED;
        };

        editor.save(() -> { });

        SharedGoal merged = stored();
        assertThat(merged.version()).isEqualTo(theirs + 1);
        assertThat(merged.title()).isEqualTo("Samen tegen vallen");
        assertThat(merged.status()).isEqualTo(fixture.sample.goal.status());
        assertThat(merged.whatIsGoingOn()).isEqualTo("Veel valincidenten in Oost");
    }

    @Test
    void keepingOnEditingSavesNothingAndKeepsTheEdit() {
        GoalEditor editor = editorWithConflict();
        SharedGoal theirs = stored();

        editor.save(() -> { });

        assertThat(stored()).isEqualTo(theirs);
        assertThat(editor.titleProperty().get()).isEqualTo("Samen tegen vallen");
    }
}
