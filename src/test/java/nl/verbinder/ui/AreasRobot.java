package nl.verbinder.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.VBox;
import org.testfx.api.FxRobot;

/**
 * Steps the tests of the areas share, done the way a user does them: choosing in a combo
 * box's open list, pressing a dialog's button, reading the message under a form field.
 */
public final class AreasRobot {

    private AreasRobot() {
    }

    /** Opens the combo box and clicks the choice in its list (not some other text that reads the same). */
    public static void choose(FxRobot robot, String comboQuery, String choice) {
        robot.clickOn(comboQuery);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match((Node n) -> n instanceof Labeled l && choice.equals(l.getText())).queryAs(Node.class));
    }

    /** Clicks a button of the dialog that is open. */
    public static void pressInDialog(FxRobot robot, String buttonText) {
        robot.clickOn(robot.lookup(".dialog-pane .button")
                .match((Node n) -> n instanceof Labeled l && buttonText.equals(l.getText())).queryAs(Node.class));
    }

    /** Every text of the dialog that is open (title and message), one per line; empty when none is. */
    public static String dialogText(FxRobot robot) {
        return String.join("\n", robot.lookup(".dialog-pane .label").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).filter(t -> t != null && !t.isBlank()).toList());
    }

    /** The message under a form field, empty when there is none. */
    public static String errorUnder(FxRobot robot, String field) {
        return errorUnder(robot.lookup("#field-" + field).query());
    }

    public static String errorUnder(Node control) {
        VBox box = (VBox) control.getParent();
        Label error = (Label) box.getChildren().get(2);
        return error.isVisible() ? error.getText() : "";
    }

    /** The text of a label found by its id. */
    public static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }
}
