package nl.verbinder.ui.area;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The view model of an area that loads what it shows in the background. It knows whether the
 * first load came in, so that the view can tell "nothing yet" from "nothing", and a change
 * elsewhere loads the area again only once it was opened.
 */
public abstract class LoadingAreaModel implements AreaModel {

    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();

    /** False until the first load came in (so the view does not flash its empty state). */
    public final ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Whether the first load came in. */
    protected final boolean isLoaded() {
        return loaded.get();
    }

    /** A load came in and is shown. */
    protected final void markLoaded() {
        loaded.set(true);
    }

    /** Loads again when the area was loaded before; an area not opened yet waits for its first load. */
    protected final void reloadIfLoaded() {
        if (loaded.get()) {
            load();
        }
    }
}
