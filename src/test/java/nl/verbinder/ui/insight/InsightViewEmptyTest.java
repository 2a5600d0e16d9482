package nl.verbinder.ui.insight;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import nl.verbinder.ui.AreaTestBase;
import nl.verbinder.ui.WindowFixture;
import nl.verbinder.ui.area.Area;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Inzicht on a practice without anything to chart: what it is for, and the way to Partners. */
class InsightViewEmptyTest extends AreaTestBase {

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.in(folder, stage).show();
    }

    @Test
    void anEmptyPracticeShowsWhatInsightIsForAndLeadsToPartners(FxRobot robot) {
        robot.clickOn("#area-insight");

        assertThat(robot.lookup("Nog niets om te tonen").tryQuery()).isPresent();
        assertThat(robot.lookup("#insight-charts").tryQuery()).isEmpty();

        robot.clickOn("Naar Partners");

        assertThat(fixture.window().currentArea()).isEqualTo(Area.PARTNERS);
    }
}
