package nl.verbinder.ui.practice;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.verbinder.domain.PracticeProfile;
import nl.verbinder.ui.area.Changes;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.form.FormModel;
import nl.verbinder.ui.form.MergeField;

/** The practice profile as a form: who the practice is, what it is good at and for whom. */
public final class ProfileEditor extends FormModel<PracticeProfile> {

    private PracticeProfile original = PracticeProfile.empty();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty street = new SimpleStringProperty("");
    private final StringProperty postcode = new SimpleStringProperty("");
    private final StringProperty city = new SimpleStringProperty("");
    private final StringProperty specialisations = new SimpleStringProperty("");
    private final StringProperty passionsAndCompetences = new SimpleStringProperty("");
    private final StringProperty distinctiveStrengths = new SimpleStringProperty("");
    private final StringProperty targetGroups = new SimpleStringProperty("");

    ProfileEditor(UiContext context) {
        super(context, context.services().practice()::check);
    }

    public void load() {
        context.run(() -> context.services().practice().get(), profile -> fill(() -> show(profile)));
    }

    public void save() {
        if (!readyToSave()) {
            return;
        }
        savesWith(this::save);
        PracticeProfile draft = draft();
        context.run(() -> context.services().practice().save(draft), stored -> {
            fill(() -> show(stored));
            context.changes().announce(Changes.Topic.PRACTICE);
            context.notifier().notify(context.text("areas.practice.saved"));
        }, refusal -> refused(refusal, this::load));
    }

    /** Puts back what is stored, dropping the edit. */
    public void revert() {
        fill(() -> show(original));
    }

    @Override
    protected PracticeProfile draft() {
        return new PracticeProfile(name.get(), street.get(), postcode.get(), city.get(), specialisations.get(),
                passionsAndCompetences.get(), distinctiveStrengths.get(), targetGroups.get(), original.updatedAt(),
                original.version());
    }

    @Override
    protected List<MergeField<PracticeProfile>> mergeFields() {
        return List.of(
                MergeField.of("name", "areas.practice.field.name", name, p -> orEmpty(p.name())),
                MergeField.of("street", street, p -> orEmpty(p.street())),
                MergeField.of("postcode", postcode, p -> orEmpty(p.postcode())),
                MergeField.of("city", city, p -> orEmpty(p.city())),
                MergeField.of("specialisations", specialisations, p -> orEmpty(p.specialisations())),
                MergeField.of("passionsAndCompetences", passionsAndCompetences, p -> orEmpty(p.passionsAndCompetences())),
                MergeField.of("distinctiveStrengths", distinctiveStrengths, p -> orEmpty(p.distinctiveStrengths())),
                MergeField.of("targetGroups", targetGroups, p -> orEmpty(p.targetGroups())));
    }

    @Override
    protected PracticeProfile latest() {
        return context.services().practice().get();
    }

    @Override
    protected void showStored(PracticeProfile stored) {
        show(stored);
    }

    @Override
    protected PracticeProfile base() {
        return original;
    }

    private void show(PracticeProfile profile) {
        original = profile;
        name.set(orEmpty(profile.name()));
        street.set(orEmpty(profile.street()));
        postcode.set(orEmpty(profile.postcode()));
        city.set(orEmpty(profile.city()));
        specialisations.set(orEmpty(profile.specialisations()));
        passionsAndCompetences.set(orEmpty(profile.passionsAndCompetences()));
        distinctiveStrengths.set(orEmpty(profile.distinctiveStrengths()));
        targetGroups.set(orEmpty(profile.targetGroups()));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty streetProperty() {
        return street;
    }

    public StringProperty postcodeProperty() {
        return postcode;
    }

    public StringProperty cityProperty() {
        return city;
    }

    public StringProperty specialisationsProperty() {
        return specialisations;
    }

    public StringProperty passionsAndCompetencesProperty() {
        return passionsAndCompetences;
    }

    public StringProperty distinctiveStrengthsProperty() {
        return distinctiveStrengths;
    }

    public StringProperty targetGroupsProperty() {
        return targetGroups;
    }
}
