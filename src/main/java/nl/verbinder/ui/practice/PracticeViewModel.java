package nl.verbinder.ui.practice;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.verbinder.domain.Therapist;
import nl.verbinder.ui.area.AreaModel;
import nl.verbinder.ui.area.Changes;
import nl.verbinder.ui.area.UiContext;

/** The state of Praktijk: the profile's form and the therapists. */
public final class PracticeViewModel implements AreaModel {

    private final UiContext context;
    private final ProfileEditor profile;
    private final ObservableList<Therapist> therapists = FXCollections.observableArrayList();

    public PracticeViewModel(UiContext context) {
        this.context = context;
        this.profile = new ProfileEditor(context);
    }

    public ProfileEditor profile() {
        return profile;
    }

    /** Active therapists first, then by name. */
    public ObservableList<Therapist> therapists() {
        return therapists;
    }

    /** Loads the profile (unless the user is editing it) and the therapists. */
    @Override
    public void load() {
        if (!profile.unsaved().isDirty()) {
            profile.load();
        }
        loadTherapists();
    }

    public TherapistEditor newTherapist() {
        return new TherapistEditor(context, null, this::therapistsChanged);
    }

    public TherapistEditor edit(Therapist therapist) {
        return new TherapistEditor(context, therapist, this::therapistsChanged);
    }

    /** Marks a therapist as no longer (or again) working here; their history stays. */
    public void toggleActive(Therapist therapist) {
        Therapist changed = therapist.withActive(!therapist.active());
        context.run(() -> context.services().therapists().update(changed), stored -> {
            therapistsChanged();
            context.notifier().notify(context.text(stored.active() ? "areas.practice.therapist.activated"
                    : "areas.practice.therapist.deactivated", stored.name()));
        }, refusal -> context.refused(refusal, this::loadTherapists));
    }

    private void therapistsChanged() {
        loadTherapists();
        context.changes().announce(Changes.Topic.THERAPISTS);
    }

    private void loadTherapists() {
        context.run(() -> context.services().therapists().list(), therapists::setAll);
    }
}
