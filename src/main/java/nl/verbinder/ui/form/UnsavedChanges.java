package nl.verbinder.ui.form;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import nl.verbinder.ui.fx.Dialogs;

/**
 * The "unsaved changes — discard?" guard of a form: the view model marks itself dirty when
 * the user edits, and asks before the edit would be lost (another partner chosen, another
 * area, another database, the window closed).
 */
public final class UnsavedChanges {

    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final Dialogs dialogs;

    public UnsavedChanges(Dialogs dialogs) {
        this.dialogs = dialogs;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public void markDirty() {
        dirty.set(true);
    }

    public void markClean() {
        dirty.set(false);
    }

    /** True when nothing is unsaved or the user agrees to discard it (then it is clean). */
    public boolean mayDiscard() {
        if (!dirty.get()) {
            return true;
        }
        if (dialogs.discardUnsavedChanges()) {
            dirty.set(false);
            return true;
        }
        return false;
    }
}
