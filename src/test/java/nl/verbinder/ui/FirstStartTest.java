package nl.verbinder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FirstStartTest {

    @TempDir
    Path folder;

    private WindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.firstStart(folder, stage).show();
    }

    @AfterEach
    void close() {
        fixture.close();
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
    void escapeClosesTheQuestionAsStartingEmpty(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();

        robot.type(javafx.scene.input.KeyCode.ESCAPE);

        assertThat(robot.lookup("Welkom bij Verbinder").tryQuery()).isEmpty();
        assertThat(fixture.window().services().location()).isEqualTo(folder.resolve("verbinder.db"));
    }
}
