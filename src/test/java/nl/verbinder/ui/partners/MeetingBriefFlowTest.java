package nl.verbinder.ui.partners;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.verbinder.ui.FxWait;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** "Gesprek voorbereiden" (Ctrl+B) on the partner chosen in Partners. */
class MeetingBriefFlowTest extends PartnersTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void ctrlBOnAPartnerShowsItsBriefOnOneScreen(FxRobot robot) {
        clickRow(robot, "Huisartsenpraktijk De Linde");
        robot.push(KeyCode.CONTROL, KeyCode.B);

        FxWait.until("the brief", () -> robot.lookup("#brief-dialog").tryQuery().isPresent());
        assertThat(shown(robot, "Gesprek voorbereiden: Huisartsenpraktijk De Linde (23-11-2026)")).isTrue();
        assertThat(shown(robot, "Marieke Jansen — praktijkondersteuner · 06-12345678 · m.jansen@delinde.example"))
                .isTrue();
        assertThat(shown(robot, "Open vervolgacties")).isTrue();
        robot.push(KeyCode.ESCAPE);
        FxWait.until("the brief closed", () -> robot.lookup("#brief-dialog").tryQuery().isEmpty());
    }

    private static boolean shown(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof Labeled l && text.equals(l.getText())).tryQuery().isPresent();
    }
}
