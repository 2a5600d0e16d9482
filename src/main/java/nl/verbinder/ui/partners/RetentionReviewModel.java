package nl.verbinder.ui.partners;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.RetentionCandidate;
import nl.verbinder.ui.area.Changes;
import nl.verbinder.ui.area.UiContext;

/**
 * The review of contact persons kept longer than the practice's retention setting (AVG): who,
 * and why; each one is erased through the erase dialog (which asks first) or kept with a
 * reason. Nothing here deletes without that confirmation.
 */
final class RetentionReviewModel {

    private final UiContext context;
    private final ObservableList<RetentionCandidate> candidates = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper months = new ReadOnlyIntegerWrapper();

    RetentionReviewModel(UiContext context) {
        this.context = context;
    }

    ObservableList<RetentionCandidate> candidates() {
        return candidates;
    }

    ReadOnlyIntegerProperty monthsProperty() {
        return months.getReadOnlyProperty();
    }

    void load() {
        record Review(int months, List<RetentionCandidate> candidates) {
        }
        context.run(() -> new Review(context.services().personalData().retentionMonths(),
                context.services().personalData().retentionReview(LocalDate.now(context.services().clock()))),
                review -> {
                    months.set(review.months());
                    candidates.setAll(review.candidates());
                });
    }

    /** Keeps the person with the reason given; the list and the attention hint leave them out from now on. */
    void keep(RetentionCandidate candidate, String reason) {
        context.run(() -> {
            context.services().personalData().keepUnlessKept(candidate.personId(), reason);
            return candidate;
        }, kept -> {
            context.notifier().notify(context.text("ui.retention.kept", candidate.name(), reason.strip()));
            changed();
        }, refusal -> {
            // Kept meanwhile at another workstation (with its own reason): offer to load the list again.
            context.refused(refusal, this::changed);
        });
    }

    /** The person's record, for the erase dialog. */
    void person(RetentionCandidate candidate, Consumer<ContactPerson> found) {
        context.run(() -> context.services().contactPersons().get(candidate.personId()), found);
    }

    /** After an erase or a keep: this list, the attention hint and the partner views load again. */
    void changed() {
        load();
        context.changes().announce(Changes.Topic.CONTACT_PERSONS, Changes.Topic.PARTNERS, Changes.Topic.PRACTICE);
    }
}
