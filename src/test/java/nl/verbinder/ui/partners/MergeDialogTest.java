package nl.verbinder.ui.partners;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import nl.verbinder.domain.Partner;
import nl.verbinder.ui.FxWait;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Someone else saves the partner while the user edits it: the save is refused and the merge
 * dialog shows both versions field by field; what the user chooses per field is saved on top of
 * the latest version, and nothing is overwritten that the user did not choose to overwrite.
 */
class MergeDialogTest extends PartnersTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private Partner stored() {
        return services().partners().get(sample.linde.id());
    }

    private RadioButton choice(FxRobot robot, String id) {
        return (RadioButton) inDialog(robot, "#" + id);
    }

    @Test
    void bothVersionsShowFieldByFieldPresetToWhoChangedWhat(FxRobot robot) {
        clickRow(robot, "Huisartsenpraktijk De Linde");
        robot.clickOn("#tab-fields");
        retype(robot, "#field-city", "Zeist");
        Partner theirs = services().partners().update(stored().toBuilder().city("Amersfoort").phone("030-7654321").build());

        robot.clickOn("#partner-save");

        FxWait.until("the merge dialog", () -> robot.lookup("#merge-dialog").tryQuery().isPresent());
        assertThat(visible(robot, "Tegelijk gewijzigd")).isTrue();
        assertThat(choice(robot, "merge-city-mine").getText()).isEqualTo("Zeist");
        assertThat(choice(robot, "merge-city-theirs").getText()).isEqualTo("Amersfoort");
        assertThat(choice(robot, "merge-city-mine").isSelected()).as("the user changed the city").isTrue();
        assertThat(choice(robot, "merge-phone-mine").getText()).isEqualTo(sample.linde.phone());
        assertThat(choice(robot, "merge-phone-theirs").getText()).isEqualTo("030-7654321");
        assertThat(choice(robot, "merge-phone-theirs").isSelected()).as("only they changed the phone").isTrue();
        assertThat(robot.lookup("#merge-name-mine").tryQuery()).as("equal fields are not asked about").isEmpty();
        assertThat(stored().version()).isEqualTo(theirs.version());
    }

    @Test
    void keepingMineForOneFieldAndTheirsForAnotherSavesThatOnTopOfTheLatestVersion(FxRobot robot) {
        clickRow(robot, "Huisartsenpraktijk De Linde");
        robot.clickOn("#tab-fields");
        retype(robot, "#field-city", "Zeist");
        retype(robot, "#field-email", "balie@delinde.nl");
        Partner theirs = services().partners().update(stored().toBuilder().city("Amersfoort").email("info@linde.nl")
                .phone("030-7654321").build());
        robot.clickOn("#partner-save");
        FxWait.until("the merge dialog", () -> robot.lookup("#merge-dialog").tryQuery().isPresent());

        robot.clickOn(choice(robot, "merge-email-theirs"));
        robot.clickOn("#merge-save");

        FxWait.until("the merge saved", () -> stored().version() == theirs.version() + 1);
        Partner merged = stored();
        assertThat(merged.city()).as("mine, kept").isEqualTo("Zeist");
        assertThat(merged.email()).as("theirs, taken").isEqualTo("info@linde.nl");
        assertThat(merged.phone()).as("theirs, which I did not touch").isEqualTo("030-7654321");
        FxWait.until("the form shows the merge", () -> "Zeist".equals(text(robot, "#field-city"))
                && "030-7654321".equals(text(robot, "#field-phone")) && "info@linde.nl".equals(text(robot, "#field-email")));
    }

    @Test
    void reloadingShowsTheirVersionAndSavesNothing(FxRobot robot) {
        clickRow(robot, "Huisartsenpraktijk De Linde");
        robot.clickOn("#tab-fields");
        retype(robot, "#field-city", "Zeist");
        Partner theirs = services().partners().update(stored().toBuilder().city("Amersfoort").build());
        robot.clickOn("#partner-save");
        FxWait.until("the merge dialog", () -> robot.lookup("#merge-dialog").tryQuery().isPresent());

        robot.clickOn("#merge-reload");

        FxWait.until("their version in the form", () -> "Amersfoort".equals(text(robot, "#field-city")));
        assertThat(stored().version()).isEqualTo(theirs.version());
        assertThat(stored().city()).isEqualTo("Amersfoort");
    }

    @Test
    void aMergeThatMeetsAnotherConflictAsksAgain(FxRobot robot) {
        clickRow(robot, "Huisartsenpraktijk De Linde");
        robot.clickOn("#tab-fields");
        retype(robot, "#field-city", "Zeist");
        services().partners().update(stored().toBuilder().city("Amersfoort").build());
        robot.clickOn("#partner-save");
        FxWait.until("the merge dialog", () -> robot.lookup("#merge-dialog").tryQuery().isPresent());
        // Yet another save elsewhere while the dialog is open.
        Partner again = services().partners().update(stored().toBuilder().city("Houten").build());

        robot.clickOn("#merge-save");

        FxWait.until("the merge dialog again, with the newest version",
                () -> robot.lookup("#merge-city-theirs").tryQuery().map(n -> ((RadioButton) n).getText())
                        .filter("Houten"::equals).isPresent());
        assertThat(stored().version()).isEqualTo(again.version());
        robot.clickOn("#merge-save");
        FxWait.until("the second merge saved", () -> stored().version() == again.version() + 1);
        assertThat(stored().city()).isEqualTo("Zeist");
    }
}
