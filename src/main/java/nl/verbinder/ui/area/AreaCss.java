package nl.verbinder.ui.area;

import javafx.scene.Parent;

/**
 * The stylesheet of the areas beyond Partners (cards chosen, coverage tiles, chips with a
 * button). Each of those areas adds it to its own root, and dialogs to their pane, on top of
 * the theme and verbinder.css; colours come from the theme's variables.
 */
public final class AreaCss {

    public static final String STYLESHEET = AreaCss.class.getResource("/nl/verbinder/ui/areas.css").toExternalForm();

    private AreaCss() {
    }

    public static <P extends Parent> P applyTo(P parent) {
        if (!parent.getStylesheets().contains(STYLESHEET)) {
            parent.getStylesheets().add(STYLESHEET);
        }
        return parent;
    }
}
