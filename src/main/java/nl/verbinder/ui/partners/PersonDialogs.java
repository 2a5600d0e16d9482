package nl.verbinder.ui.partners;

import java.util.Optional;
import javafx.scene.control.DialogPane;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.PersonalData;
import nl.verbinder.ui.area.UiContext;

/** The contact-person dialogs for use outside the Partners view: a new person (the log dialog), the AVG's (Aandacht, Praktijk) and for screenshots. */
public final class PersonDialogs {

    private PersonDialogs() {
    }

    /** The erase dialog for the person, with the mentions found (loaded on the context's runner). */
    public static DialogPane erase(UiContext context, ContactPerson person) {
        ErasePersonViewModel model = new ErasePersonViewModel(context, person);
        DialogPane[] pane = new DialogPane[1];
        model.load(() -> pane[0] = new ErasePersonDialog(context, model).getDialogPane());
        return pane[0];
    }

    /** Asks for a new contact person at the partner (as the Contactpersonen tab does); the person stored, if any. */
    public static Optional<ContactPerson> add(UiContext context, long partnerId) {
        return context.dialogs().show(new ContactPersonDialog(context, partnerId, null));
    }

    /** The inzage: everything held about the person. */
    public static DialogPane personalData(UiContext context, Inzage inzage) {
        return new PersonalDataDialog(context, inzage).getDialogPane();
    }

    /** Opens the inzage of a contact person, a therapist or a partner that is a person. */
    public static void showPersonalData(UiContext context, PersonalData.Subject subject, long id) {
        new PersonalDataModel(context).gather(subject, id,
                data -> context.dialogs().show(new PersonalDataDialog(context, data)));
    }

    /** Opens the review of contact persons kept longer than the retention setting (AVG). */
    public static void reviewRetention(UiContext context) {
        context.dialogs().show(new RetentionReviewDialog(context, new RetentionReviewModel(context)));
    }
}
