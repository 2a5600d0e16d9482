package nl.verbinder.ui.partners;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import nl.verbinder.domain.ContactPerson;

/** A contact person: name and role, with e-mail and phone under it. */
final class ContactPersonCell extends ListCell<ContactPerson> {

    private final Label name = new Label();
    private final Label details = new Label();
    private final VBox box = new VBox(2, name, details);

    ContactPersonCell() {
        name.getStyleClass().add(Styles.TEXT_BOLD);
        details.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
    }

    @Override
    protected void updateItem(ContactPerson person, boolean empty) {
        super.updateItem(person, empty);
        if (empty || person == null) {
            setGraphic(null);
            return;
        }
        name.setText(person.role() == null ? person.name() : person.name() + " — " + person.role());
        List<String> parts = new ArrayList<>();
        if (person.email() != null) {
            parts.add(person.email());
        }
        if (person.phone() != null) {
            parts.add(person.phone());
        }
        details.setText(String.join("  ·  ", parts));
        details.setVisible(!parts.isEmpty());
        details.setManaged(!parts.isEmpty());
        setGraphic(box);
    }
}
