package nl.verbinder.ui.partners;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.ui.fx.ItemCell;

/**
 * A contact person: name and role, with e-mail and phone under it as links that start an
 * e-mail ({@code mailto:}) or a call ({@code tel:}).
 */
final class ContactPersonCell extends ItemCell<ContactPerson> {

    private final Label name = new Label();
    private final Hyperlink email = new Hyperlink();
    private final Hyperlink phone = new Hyperlink();
    private final HBox details = new HBox(12, email, phone);
    private final VBox box = new VBox(2, name, details);

    ContactPersonCell(Consumer<String> open) {
        name.getStyleClass().add(Styles.TEXT_BOLD);
        for (Hyperlink link : new Hyperlink[] {email, phone}) {
            link.getStyleClass().add(Styles.TEXT_SMALL);
            link.setPadding(Insets.EMPTY);
            link.setFocusTraversable(false);
        }
        email.setId("person-email");
        phone.setId("person-phone");
        email.setOnAction(e -> open.accept("mailto:" + email.getText()));
        // A phone number's spaces and dashes are not part of a tel: address.
        phone.setOnAction(e -> open.accept("tel:" + phone.getText().replaceAll("[^0-9+]", "")));
    }

    @Override
    protected Node show(ContactPerson person) {
        name.setText(person.role() == null ? person.name() : person.name() + " — " + person.role());
        show(email, person.email());
        show(phone, person.phone());
        boolean any = person.email() != null || person.phone() != null;
        details.setVisible(any);
        details.setManaged(any);
        return box;
    }

    private static void show(Hyperlink link, String value) {
        link.setText(value == null ? "" : value);
        link.setVisible(value != null);
        link.setManaged(value != null);
    }
}
