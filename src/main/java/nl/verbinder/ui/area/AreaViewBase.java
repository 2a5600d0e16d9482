package nl.verbinder.ui.area;

import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * What every area's view shares: the context, the root node (with the areas' stylesheet),
 * the view model, and opening the area loads it again.
 *
 * @param <R> the root node
 * @param <M> the view model
 */
public abstract class AreaViewBase<R extends Parent, M extends AreaModel> implements AreaView {

    protected final UiContext context;
    protected final R root;
    protected final M model;

    protected AreaViewBase(UiContext context, R root, M model) {
        this.context = context;
        this.root = AreaCss.applyTo(root);
        this.model = model;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        model.load();
    }

    public M model() {
        return model;
    }
}
