package nl.verbinder.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import nl.verbinder.ui.AreaTestBase;
import nl.verbinder.ui.WindowFixture;
import nl.verbinder.ui.area.Area;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A practice without partners: the Netwerk view says what it will show and where to start. */
class NetworkViewEmptyTest extends AreaTestBase {

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.in(folder, stage).show();
    }

    @Test
    void anEmptyPracticeShowsTheFirstStepsAndLeadsToPartners(FxRobot robot) {
        robot.clickOn("#area-network");

        assertThat(robot.lookup("Nog geen netwerk om te tonen").tryQuery()).isPresent();
        assertThat(robot.lookup("#network-canvas").tryQuery()).isEmpty();

        robot.clickOn("Naar Partners");

        assertThat(fixture.window().currentArea()).isEqualTo(Area.PARTNERS);
    }
}
