package nl.verbinder.ui.partners;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import nl.verbinder.domain.ConflictException;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.ui.common.Form;
import nl.verbinder.ui.common.FormField;
import nl.verbinder.ui.common.LiveValidation;
import nl.verbinder.ui.common.UiContext;

/**
 * Adds or edits a contact person. Fields are checked as the user types; saving happens in
 * the background and the dialog only closes once the person is stored.
 */
final class ContactPersonDialog extends Dialog<ContactPerson> {

    private final UiContext context;
    private final ContactPerson original;
    private final long partnerId;
    private final FormField<TextField> name;
    private final FormField<TextField> role;
    private final FormField<TextField> email;
    private final FormField<TextField> phone;
    private final FormField<TextField> linkedin;
    private final FormField<TextArea> notes;
    private final LiveValidation<ContactPerson> validation;

    ContactPersonDialog(UiContext context, long partnerId, ContactPerson original) {
        this.context = context;
        this.original = original;
        this.partnerId = partnerId;
        setTitle(context.text(original == null ? "ui.persons.add.title" : "ui.persons.edit.title"));
        setHeaderText(getTitle());
        name = FormField.text("name", context.text("field.name"));
        role = FormField.text("role", context.text("field.role"));
        email = FormField.text("email", context.text("field.email"));
        phone = FormField.text("phone", context.text("field.phone"));
        linkedin = FormField.text("linkedinUrl", context.text("field.linkedinUrl"));
        notes = FormField.area("notes", context.text("field.notes"), 3);
        if (original != null) {
            name.control().setText(original.name());
            role.control().setText(text(original.role()));
            email.control().setText(text(original.email()));
            phone.control().setText(text(original.phone()));
            linkedin.control().setText(text(original.linkedinUrl()));
            notes.control().setText(text(original.notes()));
        }
        validation = new LiveValidation<>(context, this::draft, draft -> context.services().contactPersons().check(draft));
        Form form = new Form(2);
        form.add(name).add(role).add(email).add(phone).add(linkedin, 2).add(notes, 2);
        form.showErrors(validation.errors());
        for (FormField<?> field : form.fields()) {
            if (field.control() instanceof javafx.scene.control.TextInputControl input) {
                input.textProperty().addListener((obs, old, value) -> validation.touched(field.name()));
            }
        }
        getDialogPane().setContent(form.node());
        getDialogPane().setPrefWidth(560);
        ButtonType save = new ButtonType(context.text("ui.action.save"), ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, new ButtonType(context.text("ui.action.cancel"), ButtonData.CANCEL_CLOSE));
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("person-save");
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            save();
        });
        setResultConverter(button -> null);
        setOnShown(e -> Platform.runLater(() -> name.control().requestFocus()));
    }

    private void save() {
        ContactPerson draft = draft();
        context.run(() -> original == null ? context.services().contactPersons().add(draft)
                        : context.services().contactPersons().update(draft),
                saved -> {
                    setResultConverter(button -> saved);
                    setResult(saved);
                    close();
                },
                refusal -> {
                    if (refusal instanceof ValidationException invalid) {
                        validation.show(invalid);
                    } else if (refusal instanceof ConflictException conflict) {
                        context.offerReload(conflict, this::close);
                    } else {
                        context.showFailure(refusal);
                    }
                });
    }

    private ContactPerson draft() {
        if (original == null) {
            return ContactPerson.newAt(partnerId, name.control().getText(), role.control().getText(),
                    email.control().getText(), phone.control().getText(), linkedin.control().getText(),
                    notes.control().getText());
        }
        return new ContactPerson(original.id(), original.partnerId(), name.control().getText(), role.control().getText(),
                email.control().getText(), phone.control().getText(), linkedin.control().getText(),
                notes.control().getText(), original.createdAt(), original.updatedAt(), original.version());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
