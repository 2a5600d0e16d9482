package nl.verbinder.ui.attention;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.verbinder.domain.attention.Snooze;
import nl.verbinder.ui.form.FormModel;

/**
 * The form of a snooze: until which day an item stays away (two weeks from today unless
 * changed) and a note. The service checks it when it is saved; its messages show by the fields.
 */
final class SnoozeEditor extends FormModel<SnoozeEditor.Draft> {

    /** How long a snooze lasts unless the user picks another day. */
    static final int DEFAULT_DAYS = 14;

    record Draft(LocalDate until, String note) {
    }

    private final AttentionRow row;
    private final ObjectProperty<LocalDate> until = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private Snooze stored;

    SnoozeEditor(AttentionViewModel owner, AttentionRow row) {
        super(owner.context(), draft -> List.of());
        this.row = row;
        Snooze existing = row.item().snooze();
        fill(() -> {
            until.set(existing != null && !existing.until().isBefore(context.today()) ? existing.until()
                    : context.today().plusDays(DEFAULT_DAYS));
            note.set(existing == null || existing.note() == null ? "" : existing.note());
        });
    }

    AttentionRow row() {
        return row;
    }

    /** The snooze the item has now, if any: the dialog shows it and offers to lift it. */
    Snooze existing() {
        return row.item().snooze();
    }

    /** The snooze saved by {@link #save(Runnable)}. */
    Snooze stored() {
        return stored;
    }

    void save(Runnable done) {
        if (!readyToSave()) {
            return;
        }
        Draft draft = draft();
        long partner = row.id();
        Snooze seen = existing();
        context.run(() -> context.services().attention().snooze(partner, draft.until(), draft.note(), seen), snooze -> {
            stored = snooze;
            saved();
            done.run();
        }, refusal -> refused(refusal, () -> { }));
    }

    @Override
    protected Draft draft() {
        return new Draft(until.get(), note.get());
    }

    ObjectProperty<LocalDate> untilProperty() {
        return until;
    }

    StringProperty noteProperty() {
        return note;
    }
}
