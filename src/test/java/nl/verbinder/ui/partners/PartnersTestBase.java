package nl.verbinder.ui.partners;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.verbinder.service.Services;
import nl.verbinder.ui.SamplePractice;
import nl.verbinder.ui.WindowFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The real window on the Partners area over the sample practice, and what the tests look at. */
@ExtendWith(ApplicationExtension.class)
abstract class PartnersTestBase {

    @TempDir
    Path folder;

    WindowFixture fixture;
    SamplePractice sample;

    /** Opens the window; each test class calls it from its own {@code @Start} (TestFX looks only there). */
    void open(Stage stage) {
        fixture = WindowFixture.in(folder, stage);
        sample = SamplePractice.in(fixture.services());
        before(fixture.services());
        fixture.show();
    }

    /** Extra data for one test class, before the window opens. */
    void before(Services services) {
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    Services services() {
        return fixture.services();
    }

    @SuppressWarnings("unchecked")
    TableView<PartnerRow> table(FxRobot robot) {
        return robot.lookup("#partner-table").queryAs(TableView.class);
    }

    List<String> rowNames(FxRobot robot) {
        return table(robot).getItems().stream().map(PartnerRow::name).toList();
    }

    void clickRow(FxRobot robot, String name) {
        robot.clickOn(robot.from(table(robot)).lookup((Node n) -> n instanceof Labeled l && name.equals(l.getText()))
                .<Node>query());
    }

    String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node instanceof Labeled l ? l.getText() : ((TextInputControl) node).getText();
    }

    /** Whether a label or text with exactly this text is on screen. */
    boolean visible(FxRobot robot, String text) {
        return robot.lookup((Node n) -> text.equals(shown(n)) && n.isVisible() && n.getScene() != null)
                .tryQuery().isPresent();
    }

    boolean visibleStartingWith(FxRobot robot, String text) {
        return robot.lookup((Node n) -> shown(n) != null && shown(n).startsWith(text) && n.isVisible()
                && n.getScene() != null).tryQuery().isPresent();
    }

    private static String shown(Node node) {
        if (node instanceof Labeled l) {
            return l.getText();
        }
        return node instanceof javafx.scene.text.Text t ? t.getText() : null;
    }

    /** The title of a tab of the partner's detail pane. */
    String tabText(FxRobot robot, String id) {
        javafx.scene.control.TabPane tabs = robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class);
        return tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow().getText();
    }

    /**
     * Types into the dialog that is open. TestFX's {@code write} types into the window it
     * targets, and on the headless platform every window stays "focused", so it would keep
     * typing into the main window; a user's keys go to the dialog.
     */
    void typeInDialog(FxRobot robot, String text) {
        robot.targetWindow(robot.lookup(".dialog-pane").query().getScene().getWindow());
        robot.write(text);
    }

    /** A node inside the dialog that is open. */
    Node inDialog(FxRobot robot, String query) {
        return robot.from(robot.lookup(".dialog-pane").queryAll()).lookup(query).query();
    }

    /** Replaces the text of a field, as a user selecting all and typing over it. */
    void retype(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        if (text.isEmpty()) {
            robot.push(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
    }

    void save(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
    }
}
