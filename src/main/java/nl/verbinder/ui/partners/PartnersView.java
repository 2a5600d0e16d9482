package nl.verbinder.ui.partners;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import nl.verbinder.ui.common.Area;
import nl.verbinder.ui.common.AreaView;
import nl.verbinder.ui.common.Placeholder;
import nl.verbinder.ui.common.UiContext;

/** The area Partners; for now its empty state. */
public final class PartnersView implements AreaView {

    private final StackPane root = new StackPane();

    public PartnersView(UiContext context) {
        root.getChildren().add(Placeholder.of(context, Area.PARTNERS));
    }

    @Override
    public Node node() {
        return root;
    }

    /** Shows this partner (the list and its detail come with the Partners area itself). */
    public void select(long partnerId) {
        // Nothing to select in the empty state.
    }

    @Override
    public void shown() {
        // Nothing to load yet.
    }
}
