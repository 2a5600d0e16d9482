package nl.verbinder.ui.partners;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.form.Form;
import nl.verbinder.ui.form.FormBindings;
import nl.verbinder.ui.form.FormField;

/**
 * Adds or edits a contact person. Fields are checked as the user types; saving happens in
 * the background and the dialog only closes once the person is stored.
 */
final class ContactPersonDialog extends Dialog<ContactPerson> {

    private final ContactPersonEditor editor;

    ContactPersonDialog(UiContext context, long partnerId, ContactPerson original) {
        this.editor = new ContactPersonEditor(context, partnerId, original);
        setTitle(context.text(original == null ? "ui.persons.add.title" : "ui.persons.edit.title"));
        setHeaderText(getTitle());
        FormField<TextField> name = FormField.text("name", context.text("field.name"));
        FormField<TextField> role = FormField.text("role", context.text("field.role"));
        FormField<TextField> email = FormField.text("email", context.text("field.email"));
        FormField<TextField> phone = FormField.text("phone", context.text("field.phone"));
        FormField<TextField> linkedin = FormField.text("linkedinUrl", context.text("field.linkedinUrl"));
        FormField<TextArea> notes = FormField.area("notes", context.text("field.notes"), 3);
        FormBindings.text(name, editor.name(), editor);
        FormBindings.text(role, editor.role(), editor);
        FormBindings.text(email, editor.email(), editor);
        FormBindings.text(phone, editor.phone(), editor);
        FormBindings.text(linkedin, editor.linkedin(), editor);
        FormBindings.text(notes, editor.notes(), editor);
        Form form = new Form(2);
        form.add(name).add(role).add(email).add(phone).add(linkedin, 2).add(notes, 2);
        form.showErrors(editor.errors());
        getDialogPane().setContent(form.node());
        getDialogPane().setPrefWidth(560);
        ButtonType save = new ButtonType(context.text("ui.action.save"), ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, new ButtonType(context.text("ui.action.cancel"), ButtonData.CANCEL_CLOSE));
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("person-save");
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            editor.save(saved -> {
                setResultConverter(button -> saved);
                setResult(saved);
                close();
            });
        });
        editor.afterConflict(this::close);
        setResultConverter(button -> null);
        setOnShown(e -> Platform.runLater(() -> name.control().requestFocus()));
    }
}
