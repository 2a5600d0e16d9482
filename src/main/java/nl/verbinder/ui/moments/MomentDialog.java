package nl.verbinder.ui.moments;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.ui.common.CheckList;
import nl.verbinder.ui.common.CheckOption;
import nl.verbinder.ui.common.Choices;
import nl.verbinder.ui.common.DateField;
import nl.verbinder.ui.common.Form;
import nl.verbinder.ui.common.FormBindings;
import nl.verbinder.ui.common.FormDialog;
import nl.verbinder.ui.common.FormField;
import nl.verbinder.ui.common.UiContext;
import nl.verbinder.ui.common.UiStyles;

/** "Contactmoment bewerken": every field of a logged moment, including who took part and the goals it served. */
final class MomentDialog {

    private final FormDialog dialog;

    MomentDialog(UiContext context, MomentEditor editor) {
        Form form = new Form(2);
        FormField<DateField> date = FormBindings.dateField("date", context.text("field.date"), context);
        FormBindings.date(date, editor.dateProperty(), editor);
        FormField<ComboBox<ContactKind>> kind = FormField.choice("kind", context.text("field.kind"));
        Choices.coded(kind.control(), ContactKind.class, context.messages(), null, false);
        FormBindings.choice(kind, editor.kindProperty(), editor);
        FormField<TextArea> summary = FormField.area("summary", context.text("field.summary"), 4);
        FormBindings.text(summary, editor.summaryProperty(), editor);
        FormField<TextArea> offered = FormField.area("offered", context.text("field.offered"), 2);
        FormBindings.text(offered, editor.offeredProperty(), editor);
        FormField<TextArea> asked = FormField.area("asked", context.text("field.asked"), 2);
        FormBindings.text(asked, editor.askedProperty(), editor);
        FormField<TextField> followUp = FormField.text("followUp", context.text("field.followUp"));
        FormBindings.text(followUp, editor.followUpProperty(), editor);
        FormField<DateField> due = FormBindings.dateField("followUpDue", context.text("field.followUpDue"), context);
        FormBindings.date(due, editor.followUpDueProperty(), editor);
        FormField<DateField> done = FormBindings.dateField("followUpDone", context.text("field.followUpDone"), context);
        FormBindings.date(done, editor.followUpDoneProperty(), editor);
        FormField<ListView<CheckOption>> therapists = new FormField<>("therapists", context.text("field.therapists"),
                CheckList.of(editor.therapists(), context.text("areas.moments.edit.no-therapists"), 4));
        FormField<ListView<CheckOption>> persons = new FormField<>("contactPersons",
                context.text("field.contactPersons"),
                CheckList.of(editor.contactPersons(), context.text("areas.moments.edit.no-persons"), 4));
        FormField<ListView<CheckOption>> goals = new FormField<>("goals", context.text("field.goals"),
                CheckList.of(editor.goals(), context.text("areas.moments.edit.no-goals"), 3));
        form.add(date).add(kind).add(summary, 2).add(offered).add(asked).add(followUp, 2).add(due).add(done)
                .add(therapists).add(persons).add(goals, 2);
        form.showErrors(editor.errors());

        Label partner = new Label(context.text("areas.moments.edit.partner", editor.partnerName()));
        partner.getStyleClass().add(UiStyles.HINT);
        VBox content = new VBox(12, partner, form.node());
        dialog = new FormDialog(context, context.text("areas.moments.edit.title"), context.text("ui.action.save"),
                content, editor.unsaved(), editor::save);
        dialog.dialog().setOnShown(e -> summary.control().requestFocus());
    }

    boolean showAndWait() {
        return dialog.showAndWait();
    }
}
