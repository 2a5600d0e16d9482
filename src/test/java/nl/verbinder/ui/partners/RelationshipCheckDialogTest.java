package nl.verbinder.ui.partners;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import nl.verbinder.domain.relationship.RelationshipAdvice;
import nl.verbinder.domain.relationship.RelationshipCheck;
import nl.verbinder.domain.relationship.RelationshipQuestion;
import nl.verbinder.ui.FxWait;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The relationship check from the partner's Relatie tab: answered, saved, scores shown, trust follows. */
class RelationshipCheckDialogTest extends PartnersTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void answeringTheCheckShowsTheScoresAndSetsThePartnersTrust(FxRobot robot) {
        clickRow(robot, "Huisartsenpraktijk De Linde");
        robot.clickOn("#tab-relation");
        robot.clickOn("#partner-relationship-check");
        FxWait.until("the check is open", () -> robot.lookup("#relationship-form").tryQuery().isPresent());

        int[] answers = {2, 1, 2, 4, 3, 4};
        for (RelationshipQuestion q : RelationshipQuestion.values()) {
            @SuppressWarnings("unchecked")
            ComboBox<Integer> box = (ComboBox<Integer>) inDialog(robot, "#relationship-" + q.code());
            int answer = answers[q.ordinal()];
            robot.interact(() -> box.setValue(answer));
        }
        assertThat(text(robot, "#relationship-scores")).isEqualTo("Vertrouwen 1,7 · waarde 3,7 · Investeren");
        robot.clickOn("#dialog-save");

        FxWait.until("the check is saved", () -> !services().relationshipChecks().check(sample.linde.id()).isEmpty());
        RelationshipCheck stored = services().relationshipChecks().check(sample.linde.id());
        assertThat(stored.advice()).isEqualTo(RelationshipAdvice.INVEST);
        assertThat(services().partners().get(sample.linde.id()).trust()).as("sum 5 of the trust answers").isEqualTo(2);
        FxWait.until("the summary shows the scores", () -> "Vertrouwen 1,7 · waarde 3,7 · Investeren"
                .equals(text(robot, "#partner-relationship-summary")));
        robot.clickOn("#tab-fields");
        FxWait.until("the trust field follows", () -> text(robot, "#partner-title") != null
                && robot.lookup("#field-trust").queryComboBox().getValue() != null
                && robot.lookup("#field-trust").queryComboBox().getValue().equals(2));
    }
}
