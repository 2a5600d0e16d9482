package nl.verbinder.ui.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.verbinder.ui.FxWait;
import nl.verbinder.ui.SamplePractice;
import nl.verbinder.ui.WindowFixture;
import nl.verbinder.ui.fx.FxTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window as the app runs it: database work on the background thread, results on the FX thread. */
@ExtendWith(ApplicationExtension.class)
class BackgroundWorkTest {

    @TempDir
    Path folder;

    private final FxTaskRunner tasks = new FxTaskRunner();
    private WindowFixture fixture;
    private SamplePractice sample;

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.withBackgroundWork(folder, stage, tasks);
        sample = SamplePractice.in(fixture.services());
        fixture.show();
    }

    @AfterEach
    void close() {
        tasks.shutdown();
        fixture.close();
    }

    @Test
    void searchingAndLoggingWorkWithTheDatabaseOffTheFxThread(FxRobot robot) throws Exception {
        idle();
        @SuppressWarnings("unchecked")
        TableView<PartnerRow> table = robot.lookup("#partner-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(7);

        robot.clickOn("#partner-search").write("wetering");
        idle();
        assertThat(table.getItems()).extracting(PartnerRow::name).containsExactly("Zwembad De Wetering");

        robot.clickOn(robot.from(table).lookup("Zwembad De Wetering").<javafx.scene.Node>query());
        idle();
        robot.push(KeyCode.CONTROL, KeyCode.L);
        idle();
        robot.targetWindow(robot.lookup(".dialog-pane").query().getScene().getWindow());
        robot.write("e");
        robot.push(KeyCode.TAB);
        robot.write("Mail over het zomerrooster.");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        idle();

        assertThat(fixture.services().moments().timeline(sample.zwembad.id())).singleElement()
                .satisfies(v -> assertThat(v.moment().summary()).isEqualTo("Mail over het zomerrooster."));
        assertThat(robot.lookup("#log-dialog").tryQuery()).isEmpty();
        assertThat(table.getSelectionModel().getSelectedItem().lastContact()).isNotNull();
    }

    /** Waits until the background thread has nothing left and the FX thread has shown the results. */
    private void idle() {
        FxWait.idle(tasks);
    }
}
