package nl.verbinder.ui.fx;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Dialog;

/**
 * Every dialog the window shows goes through here (JabRef's DialogService): confirmations,
 * errors, the unsaved-changes and edit-conflict questions, file choosers. Escape closes each.
 */
public interface Dialogs {

    /** Asks before something that cannot simply be undone; true when the user confirmed. */
    boolean confirm(String title, String message, String confirmLabel);

    /** Shows a refusal or failure the user should read. */
    void error(String message);

    /** Shows a message the user should read before going on. */
    void inform(String title, String message);

    /** "Unsaved changes — discard?"; true when they may be discarded. */
    boolean discardUnsavedChanges();

    /**
     * Says that someone else changed what the user was editing (optimistic lock) and offers to
     * reload it; true when the user wants to reload (losing their edit), false to keep editing.
     */
    boolean reloadAfterConflict(String message);

    /**
     * After an edit conflict, shows both versions field by field (mine and theirs) and lets the
     * user choose per field, reload, or keep editing. The rows' choices are read afterwards.
     * Without a merge dialog: the reload question.
     */
    default FieldMerge.Answer merge(FieldMerge merge) {
        return reloadAfterConflict(merge.message()) ? FieldMerge.Answer.RELOAD : FieldMerge.Answer.KEEP_EDITING;
    }

    /** Lets the user pick an existing database file. */
    Optional<Path> chooseDatabaseToOpen(Path folder);

    /** Lets the user name a new database file. */
    Optional<Path> chooseNewDatabase(Path folder);

    /** Shows a dialog built by a view, owned by the window, and waits for its result. */
    <R> Optional<R> show(Dialog<R> dialog);
}
