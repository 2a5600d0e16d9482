package nl.verbinder.ui.week;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.verbinder.testutil.TestDatabase;
import nl.verbinder.ui.FxWait;
import nl.verbinder.ui.SamplePractice;
import nl.verbinder.ui.WindowFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** "Mijn week" in the real window: the count in the sidebar, and Space marks a follow-up done. */
@ExtendWith(ApplicationExtension.class)
class MyWeekFlowTest {

    @TempDir
    Path folder;

    private WindowFixture fixture;
    private SamplePractice sample;

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.in(folder, stage);
        sample = SamplePractice.in(fixture.services());
        fixture.settings().me(sample.anna.id());
        fixture.show();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theSidebarCountsMyFollowUpsAndSpaceMarksOneDone(FxRobot robot) {
        Button button = robot.lookup("#my-week").queryAs(Button.class);
        FxWait.until("the count", () -> "Mijn week (1)".equals(button.getText()));

        robot.push(KeyCode.CONTROL, KeyCode.J);
        FxWait.until("the list", () -> robot.lookup("#week-list").tryQuery().isPresent());
        ListView<?> list = robot.lookup("#week-list").queryAs(ListView.class);
        FxWait.until("my follow-up", () -> list.getItems().size() == 1);
        robot.type(KeyCode.SPACE);
        FxWait.until("done", () -> list.getItems().isEmpty());
        robot.type(KeyCode.ESCAPE);

        FxWait.until("the count after", () -> "Mijn week (0)".equals(button.getText()));
        assertThat(fixture.services().moments().timeline(sample.linde.id())).anySatisfy(v ->
                assertThat(v.moment().followUpDone()).isEqualTo(TestDatabase.TODAY));
    }
}
