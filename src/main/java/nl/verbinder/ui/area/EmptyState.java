package nl.verbinder.ui.area;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import nl.verbinder.ui.fx.Icons;
import nl.verbinder.ui.fx.Labels;
import nl.verbinder.ui.fx.UiStyles;
import org.kordamp.ikonli.Ikon;

/** What an area shows when it has nothing yet: what it is for and what to do first. */
public final class EmptyState extends VBox {

    public EmptyState(Ikon icon, String title, String text) {
        super(12);
        getStyleClass().add(UiStyles.EMPTY_STATE);
        setAlignment(Pos.CENTER);
        Label heading = Labels.wrapped(title, Styles.TITLE_3);
        Label body = Labels.wrapped(text, Styles.TEXT_MUTED);
        body.setMaxWidth(520);
        body.setTextAlignment(TextAlignment.CENTER);
        getChildren().addAll(Icons.of(icon, 48), heading, body);
    }

    /** Adds a button under the text. */
    public EmptyState withAction(String label, Runnable action) {
        Button button = new Button(label);
        button.getStyleClass().add(Styles.ACCENT);
        button.setOnAction(e -> action.run());
        getChildren().add(button);
        return this;
    }
}
