package nl.verbinder.ui.fx;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * What the merge dialog shows after an edit conflict: per field that differs, the user's version
 * and the one someone else saved, and which to keep. Built by the form ({@code FormModel}), read
 * back after the dialog.
 *
 * @param message what happened (who changed what), in the user's language
 * @param rows    the fields whose values differ, in the form's order
 */
public record FieldMerge(String message, List<Row> rows) {

    /** What the user answers. */
    public enum Answer {
        /** Keep the chosen value of each field and save that, on top of the latest version. */
        SAVE_MERGED,
        /** Show the latest version as stored; the user's own change goes. */
        RELOAD,
        /** Close the dialog and keep editing; nothing is saved. */
        KEEP_EDITING
    }

    /**
     * One field that differs.
     *
     * @param name   the field's name in the form (an id for tests)
     * @param label  the field's label
     * @param mine   the user's value, as shown
     * @param theirs the stored value, as shown
     */
    public record Row(String name, String label, String mine, String theirs, BooleanProperty takeTheirs) {

        public Row(String name, String label, String mine, String theirs, boolean takeTheirs) {
            this(name, label, mine, theirs, new SimpleBooleanProperty(takeTheirs));
        }
    }

    public FieldMerge {
        rows = List.copyOf(rows);
    }
}
