package nl.verbinder.ui.partners;

import javafx.scene.control.DialogPane;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.PersonalData;
import nl.verbinder.ui.area.UiContext;

/** The AVG dialogs, for opening them outside the Partners view (Aandacht, Praktijk) and for screenshots. */
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

    /** The inzage: everything held about the person. */
    public static DialogPane personalData(UiContext context, PersonalData data) {
        return new PersonalDataDialog(context, data).getDialogPane();
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
