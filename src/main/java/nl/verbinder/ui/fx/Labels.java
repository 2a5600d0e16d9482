package nl.verbinder.ui.fx;

import javafx.scene.control.Label;

/** Labels the views make again and again. */
public final class Labels {

    private Labels() {
    }

    /** A label whose text wraps onto more lines, with the style classes (a hint, a muted note, ...). */
    public static Label wrapped(String text, String... styleClasses) {
        Label label = new Label(text);
        label.getStyleClass().addAll(styleClasses);
        label.setWrapText(true);
        return label;
    }
}
