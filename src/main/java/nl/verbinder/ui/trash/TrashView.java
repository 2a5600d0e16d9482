package nl.verbinder.ui.trash;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import nl.verbinder.ui.common.Area;
import nl.verbinder.ui.common.AreaView;
import nl.verbinder.ui.common.Placeholder;
import nl.verbinder.ui.common.UiContext;

/** The area Prullenbak (trash); for now its empty state. */
public final class TrashView implements AreaView {

    private final StackPane root = new StackPane();

    public TrashView(UiContext context) {
        root.getChildren().add(Placeholder.of(context, Area.TRASH));
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
