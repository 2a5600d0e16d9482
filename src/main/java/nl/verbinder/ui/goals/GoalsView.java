package nl.verbinder.ui.goals;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import nl.verbinder.ui.common.Area;
import nl.verbinder.ui.common.AreaView;
import nl.verbinder.ui.common.Placeholder;
import nl.verbinder.ui.common.UiContext;

/** The area Gemeenschappelijke delers (shared goals); for now its empty state. */
public final class GoalsView implements AreaView {

    private final StackPane root = new StackPane();

    public GoalsView(UiContext context) {
        root.getChildren().add(Placeholder.of(context, Area.GOALS));
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
