package nl.verbinder.ui.moments;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import nl.verbinder.ui.common.Area;
import nl.verbinder.ui.common.AreaView;
import nl.verbinder.ui.common.Placeholder;
import nl.verbinder.ui.common.UiContext;

/** The area Contactmomenten (all contact moments); for now its empty state. */
public final class MomentsView implements AreaView {

    private final StackPane root = new StackPane();

    public MomentsView(UiContext context) {
        root.getChildren().add(Placeholder.of(context, Area.MOMENTS));
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
