package nl.verbinder.ui.environment;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import nl.verbinder.ui.common.Area;
import nl.verbinder.ui.common.AreaView;
import nl.verbinder.ui.common.Placeholder;
import nl.verbinder.ui.common.UiContext;

/** The area Omgevingsanalyse (environment analysis); for now its empty state. */
public final class EnvironmentView implements AreaView {

    private final StackPane root = new StackPane();

    public EnvironmentView(UiContext context) {
        root.getChildren().add(Placeholder.of(context, Area.ENVIRONMENT));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        // Nothing to load yet.
    }
}
