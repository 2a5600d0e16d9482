package nl.verbinder.ui.practice;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import nl.verbinder.ui.common.Area;
import nl.verbinder.ui.common.AreaView;
import nl.verbinder.ui.common.Placeholder;
import nl.verbinder.ui.common.UiContext;

/** The area Praktijk (practice profile and therapists); for now its empty state. */
public final class PracticeView implements AreaView {

    private final StackPane root = new StackPane();

    public PracticeView(UiContext context) {
        root.getChildren().add(Placeholder.of(context, Area.PRACTICE));
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
