package nl.verbinder.ui.goals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.verbinder.domain.GoalStatus;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.form.MergeField;
import nl.verbinder.ui.form.RecordForm;

/** The form of a shared goal: its title, status, target date and the method's four questions. */
public final class GoalEditor extends RecordForm<SharedGoal> {

    private final LongConsumer onSaved;
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<GoalStatus> status = new SimpleObjectProperty<>(GoalStatus.IDEA);
    private final ObjectProperty<LocalDate> targetDate = new SimpleObjectProperty<>();
    private final StringProperty whatIsGoingOn = new SimpleStringProperty("");
    private final StringProperty whatMattersForPatient = new SimpleStringProperty("");
    private final StringProperty possibilities = new SimpleStringProperty("");
    private final StringProperty whatWeGoFor = new SimpleStringProperty("");

    /**
     * @param goal    the goal to edit, or {@code null} for a new one
     * @param onSaved told the stored goal's id
     */
    GoalEditor(UiContext context, SharedGoal goal, LongConsumer onSaved) {
        super(context, context.services().goals()::check, SharedGoal::id, context.services().goals()::get);
        this.onSaved = onSaved;
        fill(() -> showRecord(goal));
    }

    public void save(Runnable done) {
        store(context.services().goals()::create, context.services().goals()::update, stored -> {
            done.run();
            onSaved.accept(stored.id());
        });
    }

    @Override
    protected SharedGoal draft() {
        SharedGoal original = original();
        Set<Long> partners = original == null ? Set.of() : original.partnerIds();
        return new SharedGoal(original == null ? null : original.id(), title.get(), whatIsGoingOn.get(),
                whatMattersForPatient.get(), possibilities.get(), whatWeGoFor.get(), status.get(), targetDate.get(),
                partners, original == null ? null : original.createdAt(), original == null ? null : original.updatedAt(),
                original == null ? 0 : original.version());
    }

    @Override
    protected List<MergeField<SharedGoal>> mergeFields() {
        return List.of(
                MergeField.of("title", title, g -> orEmpty(g.title())),
                MergeField.of("status", status, SharedGoal::status),
                MergeField.of("targetDate", targetDate, SharedGoal::targetDate),
                MergeField.of("whatIsGoingOn", whatIsGoingOn, g -> orEmpty(g.whatIsGoingOn())),
                MergeField.of("whatMattersForPatient", whatMattersForPatient, g -> orEmpty(g.whatMattersForPatient())),
                MergeField.of("possibilities", possibilities, g -> orEmpty(g.possibilities())),
                MergeField.of("whatWeGoFor", whatWeGoFor, g -> orEmpty(g.whatWeGoFor())));
    }

    @Override
    protected void show(SharedGoal goal) {
        title.set(goal == null ? "" : orEmpty(goal.title()));
        status.set(goal == null ? GoalStatus.IDEA : goal.status());
        targetDate.set(goal == null ? null : goal.targetDate());
        whatIsGoingOn.set(goal == null ? "" : orEmpty(goal.whatIsGoingOn()));
        whatMattersForPatient.set(goal == null ? "" : orEmpty(goal.whatMattersForPatient()));
        possibilities.set(goal == null ? "" : orEmpty(goal.possibilities()));
        whatWeGoFor.set(goal == null ? "" : orEmpty(goal.whatWeGoFor()));
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<GoalStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<LocalDate> targetDateProperty() {
        return targetDate;
    }

    public StringProperty whatIsGoingOnProperty() {
        return whatIsGoingOn;
    }

    public StringProperty whatMattersForPatientProperty() {
        return whatMattersForPatient;
    }

    public StringProperty possibilitiesProperty() {
        return possibilities;
    }

    public StringProperty whatWeGoForProperty() {
        return whatWeGoFor;
    }
}
