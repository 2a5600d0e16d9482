package nl.verbinder.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderStroke;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.verbinder.ui.AreaTestBase;
import nl.verbinder.ui.FxWait;
import nl.verbinder.ui.WindowFixture;
import nl.verbinder.ui.fx.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * In the dark theme a dialog keeps a visible edge: a border that is not transparent and stands
 * out from the dialog's own background, on a form dialog and on one that adds no stylesheet itself.
 */
class DarkDialogEdgeTest extends AreaTestBase {

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.in(folder, stage).show();
    }

    @AfterEach
    void lightAgain(FxRobot robot) {
        robot.interact(Theme.LIGHT::apply); // the theme is the application's, shared by the next tests
    }

    @Test
    void theShortcutOverviewHasAVisibleEdgeInTheDarkTheme(FxRobot robot) {
        robot.clickOn("Beeld").clickOn("Donker thema");

        robot.type(KeyCode.F1);

        assertVisibleEdge(robot, "Sneltoetsen");
    }

    @Test
    void theLogDialogHasAVisibleEdgeInTheDarkTheme(FxRobot robot) {
        robot.clickOn("Beeld").clickOn("Donker thema");

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);

        assertVisibleEdge(robot, "Contactmoment vastleggen");
    }

    private static void assertVisibleEdge(FxRobot robot, String title) {
        FxWait.until("the dialog '" + title + "' opens", () -> dialog(title) != null);
        FxWait.laidOut();
        Window window = dialog(title);
        DialogPane pane = (DialogPane) window.getScene().getRoot();
        assertThat(pane.getBorder()).as("the dialog pane's border").isNotNull();
        assertThat(pane.getBorder().getStrokes()).isNotEmpty();
        Color background = (Color) pane.getBackground().getFills().getLast().getFill();
        assertThat(background.getBrightness()).as("the dark theme's dialog background").isLessThan(0.2);
        for (BorderStroke stroke : pane.getBorder().getStrokes()) {
            for (var paint : new Object[] {stroke.getTopStroke(), stroke.getRightStroke(), stroke.getBottomStroke(),
                    stroke.getLeftStroke()}) {
                Color edge = (Color) paint;
                assertThat(edge.getOpacity()).as("the edge is not transparent").isGreaterThan(0.9);
                assertThat(edge.getBrightness() - background.getBrightness())
                        .as("the edge stands out from the dark background").isGreaterThan(0.25);
            }
            assertThat(stroke.getWidths().getTop()).isGreaterThanOrEqualTo(1);
            assertThat(stroke.getWidths().getLeft()).isGreaterThanOrEqualTo(1);
        }
        robot.type(KeyCode.ESCAPE);
        FxWait.until("the dialog closes", () -> !window.isShowing());
    }

    private static Window dialog(String title) {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w instanceof Stage s
                && title.equals(s.getTitle())).findFirst().orElse(null);
    }
}
