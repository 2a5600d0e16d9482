package nl.verbinder.ui.networks;

import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.form.CheckList;
import nl.verbinder.ui.form.Choices;
import nl.verbinder.ui.form.DateField;
import nl.verbinder.ui.form.Form;
import nl.verbinder.ui.form.FormBindings;
import nl.verbinder.ui.form.FormDialog;
import nl.verbinder.ui.form.FormField;

/** "Netwerkoverleg vastleggen": who was there, when, what was said; Ctrl+Enter saves. */
final class MeetingDialog {

    private final FormDialog dialog;

    MeetingDialog(UiContext context, MeetingForm meeting, String networkName) {
        FormField<DateField> date = FormBindings.dateField("date", context.text("field.date"), context);
        FormBindings.date(date, meeting.content().dateProperty(), meeting);
        FormField<ComboBox<ContactKind>> kind = FormField.choice("kind", context.text("field.kind"));
        Choices.coded(kind.control(), ContactKind.class, context.messages(), null, false);
        FormBindings.choice(kind, meeting.content().kindProperty(), meeting);
        FormField<TextField> summary = FormField.text("summary", context.text("field.summary")).required();
        summary.control().setId("meeting-summary");
        FormBindings.text(summary, meeting.content().summaryProperty(), meeting);
        FormField<TextArea> offered = FormField.area("offered", context.text("field.offered"), 2);
        FormBindings.text(offered, meeting.content().offeredProperty(), meeting);
        FormField<TextArea> asked = FormField.area("asked", context.text("field.asked"), 2);
        FormBindings.text(asked, meeting.content().askedProperty(), meeting);
        Control boxes = CheckList.boxes(meeting.present(), context.text("networks.members.none"), "meeting-partner-",
                false);
        FormField<Control> present = new FormField<>("partners", context.text("networks.meeting.present"), boxes);
        Form form = new Form(2);
        form.add(date).add(kind).add(summary, 2).add(present, 2).add(offered).add(asked);
        form.showErrors(meeting.errors());
        form.node().setId("meeting-form");
        dialog = new FormDialog(context, context.text("networks.meeting.title", networkName),
                context.text("ui.action.save"), form.node(), meeting.unsaved(), meeting::save);
        dialog.dialog().setOnShown(e -> Platform.runLater(() -> summary.control().requestFocus()));
    }

    boolean showAndWait() {
        return dialog.showAndWait();
    }
}
