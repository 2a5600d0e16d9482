package nl.verbinder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class FirstStartTest extends AreaTestBase {

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.firstStart(folder, stage).show();
    }

    @Test
    void emptyDatabaseOffersTheDemoOnceAndStartingEmptyKeepsTheOwnFile(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Welkom bij Verbinder").tryQuery()).isPresent();

        robot.clickOn("Leeg beginnen");

        assertThat(robot.lookup("Welkom bij Verbinder").tryQuery()).isEmpty();
        assertThat(fixture.window().services().location()).isEqualTo(folder.resolve("verbinder.db"));
        assertThat(fixture.settings().welcomed()).isTrue();
    }

    @Test
    void demopraktijkBekijkenOpensTheFilledDemoInItsOwnFileAndLeavesTheOwnFileEmpty(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();

        // the dialog's button: the empty Partners area behind it offers the same words
        robot.clickOn(robot.lookup(".dialog-pane .button").match((javafx.scene.control.Button b) ->
                "Demopraktijk bekijken".equals(b.getText())).queryButton());

        assertThat(robot.lookup("Welkom bij Verbinder").tryQuery()).isEmpty();
        assertThat(fixture.window().services().location()).isNotEqualTo(folder.resolve("verbinder.db"));
        assertThat(fixture.window().services().partners().count(nl.verbinder.domain.PartnerQuery.all()))
                .as("the demo practice is filled").isGreaterThan(20);
        robot.clickOn("#area-network");
        assertThat(robot.lookup("#network-count").queryAs(javafx.scene.control.Label.class).getText())
                .as("the window shows the demo").isEqualTo("35 partners");
        assertThat(fixture.settings().welcomed()).isTrue();
    }

    @Test
    void escapeClosesTheQuestionAsStartingEmpty(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();

        robot.type(javafx.scene.input.KeyCode.ESCAPE);

        assertThat(robot.lookup("Welkom bij Verbinder").tryQuery()).isEmpty();
        assertThat(fixture.window().services().location()).isEqualTo(folder.resolve("verbinder.db"));
    }
}
