package nl.verbinder.ui.environment;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import nl.verbinder.domain.EnvironmentFactor;
import nl.verbinder.domain.SourceKind;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.form.Choices;
import nl.verbinder.ui.form.DateField;
import nl.verbinder.ui.form.Form;
import nl.verbinder.ui.form.FormBindings;
import nl.verbinder.ui.form.FormDialog;
import nl.verbinder.ui.form.FormField;

/** "Notitie toevoegen" and "Notitie bewerken" for the environment analysis. */
final class NoteDialog {

    private final FormDialog dialog;

    NoteDialog(UiContext context, NoteEditor editor) {
        Form form = new Form(2);
        FormField<ComboBox<EnvironmentFactor>> factor = FormField.choice("factor", context.text("field.factor"));
        Choices.coded(factor.control(), EnvironmentFactor.class, context.messages(), null, false);
        FormBindings.choice(factor, editor.factorProperty(), editor);
        FormField<TextField> area = FormField.text("area", context.text("field.area"));
        area.control().setPromptText(context.text("areas.environment.edit.area-prompt"));
        FormBindings.text(area, editor.areaProperty(), editor);
        FormField<TextField> title = FormField.text("title", context.text("field.title"));
        FormBindings.text(title, editor.titleProperty(), editor);
        FormField<TextArea> body = FormField.area("body", context.text("field.body"), 5);
        FormBindings.text(body, editor.bodyProperty(), editor);
        FormField<ComboBox<SourceKind>> source = FormField.choice("sourceKind", context.text("field.sourceKind"));
        Choices.coded(source.control(), SourceKind.class, context.messages(), context.text("areas.environment.edit.no-source"),
                false);
        FormBindings.choice(source, editor.sourceKindProperty(), editor);
        FormField<DateField> observed = FormBindings.dateField("observedOn", context.text("field.observedOn"), context);
        FormBindings.date(observed, editor.observedOnProperty(), editor);
        FormField<TextField> url = FormField.text("sourceUrl", context.text("field.sourceUrl"));
        url.control().setPromptText(context.text("areas.environment.edit.url-prompt"));
        FormBindings.text(url, editor.sourceUrlProperty(), editor);
        form.add(factor).add(area).add(title, 2).add(body, 2).add(source).add(observed).add(url, 2);
        form.showErrors(editor.errors());
        String heading = context.text(editor.isNew() ? "areas.environment.new" : "areas.environment.edit");
        dialog = new FormDialog(context, heading, context.text("ui.action.save"), form.node(), editor.unsaved(),
                editor::save);
        dialog.dialog().setOnShown(e -> title.control().requestFocus());
    }

    boolean showAndWait() {
        return dialog.showAndWait();
    }
}
