package nl.verbinder.ui.fx;

import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Small nodes the views make again and again. */
public final class Nodes {

    private Nodes() {
    }

    /** A button with its text, the id tests and styles find it by, and what a click does. */
    public static Button button(String text, String id, EventHandler<ActionEvent> onAction) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(onAction);
        return button;
    }

    /** An empty region that takes the free width of a row, pushing what follows to the right. */
    public static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
