package nl.verbinder.ui.partners;

import javafx.scene.control.DialogPane;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.PersonalData;
import nl.verbinder.ui.area.UiContext;

/** The contact-person dialogs of the AVG, for drawing them outside the Partners view (screenshots). */
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
}
