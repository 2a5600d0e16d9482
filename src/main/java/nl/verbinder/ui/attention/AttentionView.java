package nl.verbinder.ui.attention;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import nl.verbinder.ui.common.Area;
import nl.verbinder.ui.common.AreaView;
import nl.verbinder.ui.common.Placeholder;
import nl.verbinder.ui.common.UiContext;

/** The area Aandacht (attention); for now its empty state. */
public final class AttentionView implements AreaView {

    private final StackPane root = new StackPane();

    public AttentionView(UiContext context) {
        root.getChildren().add(Placeholder.of(context, Area.ATTENTION));
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
