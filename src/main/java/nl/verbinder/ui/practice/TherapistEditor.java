package nl.verbinder.ui.practice;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.verbinder.domain.Therapist;
import nl.verbinder.domain.TherapistRole;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.form.MergeField;
import nl.verbinder.ui.form.RecordForm;

/** The form of a therapist: name, role, passions and competences, and whether they still work here. */
public final class TherapistEditor extends RecordForm<Therapist> {

    private final Runnable onSaved;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<TherapistRole> role = new SimpleObjectProperty<>(TherapistRole.THERAPIST);
    private final StringProperty competences = new SimpleStringProperty("");
    private final BooleanProperty active = new SimpleBooleanProperty(true);

    TherapistEditor(UiContext context, Therapist therapist, Runnable onSaved) {
        super(context, context.services().therapists()::check, Therapist::id, context.services().therapists()::get);
        this.onSaved = onSaved;
        fill(() -> showRecord(therapist));
    }

    public void save(Runnable done) {
        store(context.services().therapists()::add, context.services().therapists()::update, stored -> {
            done.run();
            onSaved.run();
        });
    }

    @Override
    protected Therapist draft() {
        Therapist original = original();
        return new Therapist(original == null ? null : original.id(), name.get(), role.get(), active.get(),
                competences.get(), original == null ? null : original.createdAt(),
                original == null ? null : original.updatedAt(), original == null ? 0 : original.version());
    }

    @Override
    protected List<MergeField<Therapist>> mergeFields() {
        return List.of(
                MergeField.of("name", name, Therapist::name),
                MergeField.of("role", "areas.practice.therapist.role", role, Therapist::role),
                MergeField.of("competences", competences, t -> t.competences() == null ? "" : t.competences()),
                MergeField.of("active", active.asObject(), Therapist::active));
    }

    @Override
    protected void show(Therapist therapist) {
        name.set(therapist == null ? "" : therapist.name());
        role.set(therapist == null ? TherapistRole.THERAPIST : therapist.role());
        competences.set(therapist == null || therapist.competences() == null ? "" : therapist.competences());
        active.set(therapist == null || therapist.active());
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<TherapistRole> roleProperty() {
        return role;
    }

    public StringProperty competencesProperty() {
        return competences;
    }

    public BooleanProperty activeProperty() {
        return active;
    }
}
