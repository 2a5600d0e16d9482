package nl.verbinder.ui.shell;

import static nl.verbinder.testutil.TherapistBuilder.aTherapist;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.verbinder.ui.AreasRobot;
import nl.verbinder.ui.FxWait;
import nl.verbinder.ui.WindowFixture;
import nl.verbinder.ui.area.Area;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** What the window offers everywhere: who I am (asked once), the keys, a new partner from any area. */
@ExtendWith(ApplicationExtension.class)
class WindowGuidanceTest {

    @TempDir
    Path folder;

    private WindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.in(folder, stage);
        fixture.services().therapists().add(aTherapist().named("Bram van den Berg").build());
        fixture.settings().meAsked(false);
        fixture.show();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void whoIAmIsAskedOnceAndShownInTheStatusBar(FxRobot robot) {
        FxWait.until("the question who I am", () -> robot.lookup("#me-choice").tryQuery().isPresent());
        AreasRobot.choose(robot, "#me-choice", "Bram van den Berg");
        robot.clickOn("Kiezen");

        assertThat(robot.lookup("#status-me").queryAs(Labeled.class).getText()).isEqualTo("Ik ben: Bram van den Berg");
        assertThat(fixture.settings().meAsked()).isTrue();
        assertThat(fixture.settingsFile()).content().contains("me.asked=true");
    }

    @Test
    void f1ShowsTheKeysAndCtrlNStartsANewPartnerFromAnyArea(FxRobot robot) {
        FxWait.until("the question who I am", () -> robot.lookup("#me-choice").tryQuery().isPresent());
        AreasRobot.pressInDialog(robot, "Annuleren");

        robot.push(KeyCode.F1);
        assertThat(robot.lookup("#shortcuts").tryQuery()).isPresent();
        AreasRobot.pressInDialog(robot, "Sluiten");

        robot.clickOn("#area-goals");
        robot.push(KeyCode.CONTROL, KeyCode.N);
        assertThat(fixture.window().currentArea()).isEqualTo(Area.PARTNERS);
        assertThat(robot.lookup("#field-name").tryQuery()).isPresent();
    }
}
