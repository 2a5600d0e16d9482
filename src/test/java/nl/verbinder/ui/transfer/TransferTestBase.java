package nl.verbinder.ui.transfer;

import atlantafx.base.controls.Notification;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import nl.verbinder.service.Services;
import nl.verbinder.ui.SamplePractice;
import nl.verbinder.ui.WindowFixture;
import nl.verbinder.ui.fx.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The real window over the sample practice, with the files the user picks given by the test
 * ({@link ChosenFiles}) instead of the system's choosers.
 */
@ExtendWith(ApplicationExtension.class)
abstract class TransferTestBase {

    @TempDir
    Path folder;

    WindowFixture fixture;
    SamplePractice sample;
    final ChosenFiles files = new ChosenFiles();

    /** Opens the window; each test class calls it from its own {@code @Start}. */
    void open(Stage stage) {
        open(WindowFixture.in(folder, stage));
    }

    void open(Stage stage, TaskRunner tasks) {
        open(WindowFixture.withBackgroundWork(folder, stage, tasks));
    }

    private void open(WindowFixture window) {
        fixture = window;
        sample = SamplePractice.in(fixture.services());
        fixture.window().useTransferFiles(files);
        fixture.show();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    Services services() {
        return fixture.services();
    }

    /**
     * Chooses File → submenu → item, or File → item. Into a submenu the mouse moves sideways first,
     * as a user does, so it does not pass over (and open) the next submenu on its way down.
     */
    void menu(FxRobot robot, String... path) {
        for (int i = 0; i < path.length; i++) {
            String step = path[i];
            Node item = robot.lookup((Node n) -> n instanceof Labeled l && step.equals(l.getText()) && n.isVisible()
                    && n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                    .queryAs(Node.class);
            if (i == 2) {
                Point2D mouse = robot.robotContext().getBaseRobot().retrieveMouse();
                robot.moveTo(new Point2D(robot.point(item).query().getX(), mouse.getY()));
            }
            robot.clickOn(item);
        }
    }

    /** A node inside the dialog that is open. */
    <T extends Node> T inDialog(FxRobot robot, String query) {
        return robot.from(robot.lookup(".dialog-pane").queryAll()).lookup(query).query();
    }

    String textOf(FxRobot robot, String query) {
        return this.<Labeled>inDialog(robot, query).getText();
    }

    /** Whether a notification in the corner says exactly this. */
    boolean notified(FxRobot robot, String message) {
        return robot.lookup((Node n) -> n instanceof Notification note && message.equals(note.getMessage()))
                .tryQuery().isPresent();
    }

    /** Writes a file as a spreadsheet program would save it. */
    Path file(String name, String content, Charset charset) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content, charset);
        return file;
    }
}
