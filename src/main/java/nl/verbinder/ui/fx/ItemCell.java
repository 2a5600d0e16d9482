package nl.verbinder.ui.fx;

import javafx.scene.Node;
import javafx.scene.control.ListCell;

/**
 * A list cell that shows its item as nodes it builds once and fills for each item. An empty
 * cell shows nothing: no graphic, text, tooltip or accessible text is left from the item it
 * showed before. Subclasses only say how an item is shown.
 */
public abstract class ItemCell<T> extends ListCell<T> {

    @Override
    protected final void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            setAccessibleText(null);
            return;
        }
        setGraphic(show(item));
    }

    /** Fills the cell's nodes with this item; returns the node to show. */
    protected abstract Node show(T item);
}
