package nl.verbinder.ui.form;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;
import nl.verbinder.domain.FieldError;
import nl.verbinder.ui.area.UiContext;

/**
 * The form of one record that is stored (a goal, a therapist, a note, a contact person) or is
 * to be: it keeps the stored record the edit started from, so that the next save, a reload
 * after an edit conflict and the field-by-field merge all start from that one record.
 * Subclasses say how a record is shown in their fields.
 *
 * @param <D> the domain record the form edits
 */
public abstract class RecordForm<D> extends FormModel<D> {

    private final Function<D, Long> idOf;
    private final LongFunction<D> read;
    private D original;

    /**
     * @param idOf the stored record's id
     * @param read reads the record as stored now, by its id (in the background)
     */
    protected RecordForm(UiContext context, Function<D, List<FieldError>> check, Function<D, Long> idOf,
                         LongFunction<D> read) {
        super(context, check);
        this.idOf = idOf;
        this.read = read;
    }

    /** Puts the record's values in the fields; {@code null}: those of a new record. */
    protected abstract void show(D record);

    /** The stored record the edit started from; {@code null} for a new one. */
    protected final D original() {
        return original;
    }

    /** Shows this stored record (or, {@code null}, a new one) as the start of the next save. */
    protected final void showRecord(D record) {
        original = record;
        show(record);
    }

    @Override
    public final boolean isNew() {
        return original == null;
    }

    /** Stores the draft; the stored record becomes the start of the next save, then {@code onStored} runs. */
    protected final void store(UnaryOperator<D> create, UnaryOperator<D> update, Consumer<D> onStored) {
        saveWith(create, update, stored -> {
            original = stored;
            onStored.accept(stored);
        });
    }

    /** Shows the record as stored now, when there is one. */
    @Override
    protected void reload() {
        if (original != null) {
            long id = idOf.apply(original);
            context.run(() -> read.apply(id), fresh -> fill(() -> showRecord(fresh)));
        }
    }

    @Override
    protected final D latest() {
        return read.apply(idOf.apply(original));
    }

    @Override
    protected final void showStored(D stored) {
        showRecord(stored);
    }

    @Override
    protected final D base() {
        return original;
    }
}
