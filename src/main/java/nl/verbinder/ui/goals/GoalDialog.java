package nl.verbinder.ui.goals;

import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import nl.verbinder.domain.GoalStatus;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.form.Choices;
import nl.verbinder.ui.form.DateField;
import nl.verbinder.ui.form.Form;
import nl.verbinder.ui.form.FormBindings;
import nl.verbinder.ui.form.FormDialog;
import nl.verbinder.ui.form.FormField;

/** "Nieuwe gemeenschappelijke deler" and "Bewerken": the title, status, target date and the four questions. */
final class GoalDialog {

    private final FormDialog dialog;

    GoalDialog(UiContext context, GoalEditor editor) {
        Form form = new Form(2);
        FormField<TextField> title = FormField.text("title", context.text("field.title"));
        title.control().setPromptText(context.text("areas.goals.edit.title-prompt"));
        FormBindings.text(title, editor.titleProperty(), editor);
        FormField<ComboBox<GoalStatus>> status = FormField.choice("status", context.text("field.status"));
        Choices.coded(status.control(), GoalStatus.class, context.messages(), null, false);
        FormBindings.choice(status, editor.statusProperty(), editor);
        FormField<DateField> target = FormBindings.dateField("targetDate", context.text("field.targetDate"), context);
        FormBindings.date(target, editor.targetDateProperty(), editor);
        form.add(title, 2).add(status).add(target);
        question(form, editor, context, "whatIsGoingOn", editor.whatIsGoingOnProperty());
        question(form, editor, context, "whatMattersForPatient", editor.whatMattersForPatientProperty());
        question(form, editor, context, "possibilities", editor.possibilitiesProperty());
        question(form, editor, context, "whatWeGoFor", editor.whatWeGoForProperty());
        form.showErrors(editor.errors());
        String heading = context.text(editor.isNew() ? "areas.goals.new" : "areas.goals.edit");
        dialog = new FormDialog(context, heading, context.text("ui.action.save"), form.node(), editor.unsaved(),
                editor::save);
        dialog.dialog().setOnShown(e -> title.control().requestFocus());
    }

    private static void question(Form form, GoalEditor editor, UiContext context, String name,
                                 StringProperty value) {
        FormField<TextArea> field = FormField.area(name, context.text("field." + name), 3);
        field.control().setPromptText(context.text("areas.goals.hint." + name));
        FormBindings.text(field, value, editor);
        form.add(field, 2);
    }

    boolean showAndWait() {
        return dialog.showAndWait();
    }
}
