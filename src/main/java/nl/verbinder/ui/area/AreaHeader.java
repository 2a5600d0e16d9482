package nl.verbinder.ui.area;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import nl.verbinder.ui.fx.Icons;
import nl.verbinder.ui.fx.Nodes;
import nl.verbinder.ui.fx.UiStyles;
import org.kordamp.ikonli.Ikon;

/**
 * The top line of an area: its title, a muted count ("12 doelen"), and on the right the
 * area's actions, the main one as an accent button.
 */
public final class AreaHeader {

    private final HBox box;

    public AreaHeader(String title) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.setMinWidth(Region.USE_PREF_SIZE);
        box = new HBox(12, heading);
        box.getStyleClass().add(UiStyles.AREA_HEADER);
    }

    /** Shows this label, muted, after the title: the view sets (or binds) its text, the count. */
    public AreaHeader count(Label count) {
        count.getStyleClass().add(Styles.TEXT_MUTED);
        box.getChildren().add(count);
        return this;
    }

    /** Puts these actions on the right. */
    public AreaHeader actions(Node... actions) {
        Region spacer = Nodes.spacer();
        box.getChildren().add(spacer);
        box.getChildren().addAll(actions);
        return this;
    }

    public HBox node() {
        return box;
    }

    /** The area's main action: an accent button with an icon. */
    public static Button accent(String text, Ikon icon, String id, Runnable action) {
        Button button = button(text, icon, id, action);
        button.getStyleClass().add(Styles.ACCENT);
        return button;
    }

    public static Button button(String text, Ikon icon, String id, Runnable action) {
        Button button = new Button(text, Icons.of(icon, 16));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
