package nl.verbinder.ui.attention;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.verbinder.domain.attention.NetworkSnooze;
import nl.verbinder.domain.attention.Snooze;
import nl.verbinder.ui.form.FormModel;

/**
 * The form of a snooze of a partner's or a network's item: until which day it stays away (two
 * weeks from today unless changed) and a note. The service checks it when it is saved; its
 * messages show by the fields.
 */
final class SnoozeEditor extends FormModel<SnoozeEditor.Draft> {

    /** How long a snooze lasts unless the user picks another day. */
    static final int DEFAULT_DAYS = 14;

    record Draft(LocalDate until, String note) {
    }

    private final String name;
    private final LocalDate existingUntil;
    private final Function<Draft, LocalDate> store;
    private final ObjectProperty<LocalDate> until = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private LocalDate storedUntil;

    /** The snooze of a partner's item. */
    SnoozeEditor(AttentionViewModel owner, AttentionRow row) {
        this(owner, row.name(), row.item().snooze() == null ? null : row.item().snooze().until(),
                row.item().snooze() == null ? null : row.item().snooze().note(), draft -> {
                    // Only the snooze this window saw is replaced; another workstation's is a conflict.
                    Snooze s = owner.context().services().attention().snooze(row.id(), draft.until(), draft.note(),
                            row.item().snooze());
                    return s.until();
                });
    }

    /** The snooze of a network's item. */
    SnoozeEditor(AttentionViewModel owner, NetworkAttentionRow row) {
        this(owner, row.name(), row.snooze() == null ? null : row.snooze().until(),
                row.snooze() == null ? null : row.snooze().note(), draft -> {
                    NetworkSnooze s = owner.context().services().attention().snoozeNetwork(row.networkId(),
                            draft.until(), draft.note());
                    return s.until();
                });
    }

    private SnoozeEditor(AttentionViewModel owner, String name, LocalDate existingUntil, String existingNote,
                         Function<Draft, LocalDate> store) {
        super(owner.context(), draft -> List.of());
        this.name = name;
        this.existingUntil = existingUntil;
        this.store = store;
        fill(() -> {
            until.set(existingUntil != null && !existingUntil.isBefore(context.today()) ? existingUntil
                    : context.today().plusDays(DEFAULT_DAYS));
            note.set(existingNote == null ? "" : existingNote);
        });
    }

    /** The name of the partner or network whose item is snoozed. */
    String name() {
        return name;
    }

    /** Until when the item is snoozed now, if it is: the dialog shows it and offers to lift it. */
    LocalDate existingUntil() {
        return existingUntil;
    }

    /** The day the snooze saved by {@link #save(Runnable)} lasts through. */
    LocalDate storedUntil() {
        return storedUntil;
    }

    void save(Runnable done) {
        if (!readyToSave()) {
            return;
        }
        Draft draft = draft();
        context.run(() -> store.apply(draft), day -> {
            storedUntil = day;
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
