package nl.verbinder.ui.form;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.collections.ObservableMap;
import nl.verbinder.domain.ConflictException;
import nl.verbinder.domain.FieldError;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.ui.area.UiContext;

/**
 * What the view model of every form shares: the unsaved-changes guard, validate-as-you-type
 * against the service's {@code check}, and the answer to a refused save (errors next to the
 * fields, or after an edit conflict both versions field by field to merge). Subclasses hold the fields as
 * properties and build the draft from them.
 *
 * @param <D> the domain record the form edits
 */
public abstract class FormModel<D> {

    protected final UiContext context;
    private final UnsavedChanges unsaved;
    private final LiveValidation<D> validation;
    private final List<Runnable> pendingInput = new ArrayList<>();
    private boolean filling;
    private boolean saving;
    /** The last save, to run again after a merge. */
    private Runnable lastSave;

    protected FormModel(UiContext context, Function<D, List<FieldError>> check) {
        this.context = context;
        this.unsaved = new UnsavedChanges(context.dialogs());
        this.validation = new LiveValidation<>(context, this::draft, check);
    }

    /** The record as the fields hold it now. */
    protected abstract D draft();

    /** Field name to the message shown under it. */
    public ObservableMap<String, String> errors() {
        return validation.errors();
    }

    public UnsavedChanges unsaved() {
        return unsaved;
    }

    /** The user changed this field: the form is dirty and the field is checked after a pause. */
    public void edited(String field) {
        if (!filling) {
            unsaved.markDirty();
            validation.touched(field);
        }
    }

    /** Text in a date field that is not a date ({@code null} when it is fine again). */
    public void unreadableDate(String field, String text) {
        if (filling) {
            return;
        }
        validation.localError(field, text == null ? null : context.text("error.date", text));
    }

    /** A control whose typed text must be taken over before saving (a date field). */
    public void commitBeforeSave(Runnable commit) {
        pendingInput.add(commit);
    }

    /** Puts values in the fields without marking the form dirty; a fresh form. */
    protected void fill(Runnable setValues) {
        filling = true;
        try {
            setValues.run();
        } finally {
            filling = false;
        }
        unsaved.markClean();
        validation.reset();
    }

    /**
     * Takes over typed text; false (and every error showing) when the UI itself can already
     * tell the input cannot be saved.
     */
    protected boolean readyToSave() {
        pendingInput.forEach(Runnable::run);
        if (validation.hasLocalErrors()) {
            validation.showAll();
            return false;
        }
        return true;
    }

    /** A save was refused: show why next to the fields, offer to reload after a conflict, or say what failed. */
    protected void refused(VerbinderException refusal, Runnable reload) {
        if (refusal instanceof ValidationException invalid) {
            validation.show(invalid);
        } else if (refusal instanceof ConflictException conflict) {
            if (mergeFields().isEmpty() || isNew()) {
                context.offerReload(conflict, reload);
            } else {
                offerMerge(conflict);
            }
        } else {
            context.showFailure(refusal);
        }
    }

    /**
     * The form's fields for the merge after an edit conflict, in the form's order; none (the
     * default) means the form offers only to reload. A form that lists them also gives
     * {@link #latest()} and {@link #showStored}.
     */
    protected List<MergeField<D>> mergeFields() {
        return List.of();
    }

    /** The record as stored now (read in the background after a conflict). */
    protected D latest() {
        throw new UnsupportedOperationException("A form with merge fields reads its latest version");
    }

    /** Puts a stored record in the fields and makes it the version the next save is based on. */
    protected void showStored(D stored) {
    }

    /** The stored record the form's edit started from, or {@code null} when the form does not know it. */
    protected D base() {
        return null;
    }

    /**
     * Someone else saved the record first: both versions field by field ({@link ConflictMerge});
     * a merge the user saves is stored on top of the latest version.
     */
    private void offerMerge(ConflictException conflict) {
        ConflictMerge.offer(context, conflict, mergeFields(), base(), this::latest,
                stored -> fill(() -> showStored(stored)), () -> {
                    unsaved.markDirty();
                    if (lastSave != null) {
                        lastSave.run();
                    }
                });
    }

    protected void saved() {
        unsaved.markClean();
    }

    /** A form that saves without {@link #saveWith}: how to save it again after a merge. */
    protected void savesWith(Runnable save) {
        lastSave = save;
    }

    /** Whether the form makes a new record (rather than changing a stored one). */
    public boolean isNew() {
        return false;
    }

    /** Loads the stored record again (offered after an edit conflict). */
    protected void reload() {
    }

    /** An error the form itself found (a partner still to choose), or {@code null} to clear it. */
    protected void localError(String field, String message) {
        validation.localError(field, message);
    }

    /**
     * The save every form shares: takes over typed input, stores the draft in the background
     * ({@code create} for a new record, {@code update} for a stored one), then marks the form
     * clean and hands the stored record to {@code onStored}; a refusal shows by the fields.
     */
    protected void saveWith(UnaryOperator<D> create, UnaryOperator<D> update, Consumer<D> onStored) {
        if (saving || !readyToSave()) {
            return;
        }
        lastSave = () -> saveWith(create, update, onStored);
        D draft = draft();
        UnaryOperator<D> store = isNew() ? create : update;
        saving = true;
        context.tasks().run(() -> store.apply(draft), stored -> {
            saving = false;
            saved();
            onStored.accept(stored);
        }, failure -> {
            saving = false;
            if (failure instanceof VerbinderException refusal) {
                refused(refusal, this::reload);
            } else {
                context.showFailure(failure);
            }
        });
    }

    /** The text of a field, empty for none: what a text field shows. */
    protected static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
