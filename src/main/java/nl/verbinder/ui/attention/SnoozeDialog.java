package nl.verbinder.ui.attention;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.form.DateField;
import nl.verbinder.ui.form.Form;
import nl.verbinder.ui.form.FormBindings;
import nl.verbinder.ui.form.FormDialog;
import nl.verbinder.ui.form.FormField;
import nl.verbinder.ui.fx.Labels;
import nl.verbinder.ui.fx.UiStyles;

/**
 * "Uitstellen": puts an item away until a day, with a note. When the item is snoozed already
 * the dialog says until when, and can lift the snooze.
 */
final class SnoozeDialog {

    /** What the user did. */
    enum Outcome { NOTHING, SNOOZED, LIFTED }

    private final FormDialog dialog;
    private Outcome outcome = Outcome.NOTHING;

    SnoozeDialog(UiContext context, SnoozeEditor editor) {
        Form form = new Form(1);
        FormField<DateField> until = FormBindings.dateField("until", context.text("attention.view.snooze.until-field"),
                context);
        FormBindings.date(until, editor.untilProperty(), editor);
        FormField<TextArea> note = FormField.area("note", context.text("field.note"), 3);
        note.control().setPromptText(context.text("attention.view.snooze.note-prompt"));
        FormBindings.text(note, editor.noteProperty(), editor);
        form.add(until).add(note);
        form.showErrors(editor.errors());

        Label about = Labels.wrapped(context.text("attention.view.snooze.about", SnoozeEditor.DEFAULT_DAYS),
                UiStyles.HINT);
        VBox content = new VBox(12, about);
        LocalDate existing = editor.existingUntil();
        Button liftButton = null;
        if (existing != null) {
            Label now = new Label(context.text("attention.view.snooze.current", context.date(existing)));
            now.setId("snooze-current");
            now.setWrapText(true);
            liftButton = new Button(context.text("attention.view.snooze.lift"));
            liftButton.setId("snooze-lift");
            liftButton.getStyleClass().add(Styles.FLAT);
            HBox current = new HBox(10, now, liftButton);
            current.setAlignment(Pos.CENTER_LEFT);
            content.getChildren().add(current);
        }
        content.getChildren().add(form.node());

        String title = context.text("attention.view.snooze.title", editor.name());
        dialog = new FormDialog(context, title, context.text("attention.view.snooze.save"), content, editor.unsaved(),
                done -> editor.save(() -> {
                    outcome = Outcome.SNOOZED;
                    done.run();
                }));
        dialog.dialog().getDialogPane().setPrefSize(520, existing == null ? 380 : 430);
        dialog.dialog().setOnShown(e -> until.control().getEditor().requestFocus());
        if (liftButton != null) {
            liftButton.setOnAction(e -> {
                outcome = Outcome.LIFTED;
                editor.unsaved().markClean();
                dialog.dialog().close();
            });
        }
    }

    Outcome showAndWait() {
        dialog.showAndWait();
        return outcome;
    }
}
