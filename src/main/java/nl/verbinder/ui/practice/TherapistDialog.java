package nl.verbinder.ui.practice;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import nl.verbinder.domain.TherapistRole;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.form.Choices;
import nl.verbinder.ui.form.Form;
import nl.verbinder.ui.form.FormBindings;
import nl.verbinder.ui.form.FormDialog;
import nl.verbinder.ui.form.FormField;

/** "Therapeut toevoegen" and "Therapeut bewerken". */
final class TherapistDialog {

    private final FormDialog dialog;

    TherapistDialog(UiContext context, TherapistEditor editor) {
        Form form = new Form(2);
        FormField<TextField> name = FormField.text("name", context.text("field.name"));
        FormBindings.text(name, editor.nameProperty(), editor);
        FormField<ComboBox<TherapistRole>> role = FormField.choice("role", context.text("areas.practice.therapist.role"));
        Choices.coded(role.control(), TherapistRole.class, context.messages(), null, false);
        FormBindings.choice(role, editor.roleProperty(), editor);
        FormField<TextArea> competences = FormField.area("competences", context.text("field.competences"), 5);
        competences.control().setPromptText(context.text("areas.practice.therapist.competences-prompt"));
        FormBindings.text(competences, editor.competencesProperty(), editor);
        CheckBox active = new CheckBox(context.text("areas.practice.therapist.works-here"));
        active.selectedProperty().bindBidirectional(editor.activeProperty());
        active.selectedProperty().addListener((obs, was, is) -> editor.edited("active"));
        FormField<CheckBox> activeField = new FormField<>("active", context.text("field.active"), active);
        form.add(name).add(role).add(competences, 2).add(activeField, 2);
        form.showErrors(editor.errors());
        String heading = context.text(editor.isNew() ? "areas.practice.therapist.new" : "areas.practice.therapist.edit");
        dialog = new FormDialog(context, heading, context.text("ui.action.save"), form.node(), editor.unsaved(),
                editor::save);
        dialog.dialog().getDialogPane().setPrefWidth(600);
        dialog.dialog().setOnShown(e -> name.control().requestFocus());
    }

    boolean showAndWait() {
        return dialog.showAndWait();
    }
}
