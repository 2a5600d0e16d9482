package nl.verbinder.ui.partners;

import java.util.Arrays;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import nl.verbinder.domain.relationship.RelationshipCheck;
import nl.verbinder.domain.relationship.RelationshipQuestion;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.form.Choices;
import nl.verbinder.ui.form.Form;
import nl.verbinder.ui.form.FormBindings;
import nl.verbinder.ui.form.FormDialog;
import nl.verbinder.ui.form.FormField;
import nl.verbinder.ui.fx.Labels;
import nl.verbinder.ui.fx.UiStyles;

/**
 * "Relatiecheck": three trust questions and three value questions, each a choice of 1-4 (a
 * digit selects it, Tab moves on), with the scores and the advice as they stand; Ctrl+Enter saves.
 */
final class RelationshipCheckDialog {

    private final FormDialog dialog;

    RelationshipCheckDialog(UiContext context, RelationshipCheckForm check, String partnerName) {
        Label hint = Labels.wrapped(context.text("relationship.dialog.hint"), UiStyles.HINT);
        VBox whole = new VBox(10, hint);
        FormField<ComboBox<Integer>> first = null;
        for (boolean trust : new boolean[] {true, false}) {
            Label title = new Label(context.text(trust ? "relationship.section.trust" : "relationship.section.value"));
            title.getStyleClass().add(UiStyles.SECTION_TITLE);
            Form form = new Form(1);
            for (RelationshipQuestion q : RelationshipQuestion.values()) {
                if (q.isTrust() != trust) {
                    continue;
                }
                FormField<ComboBox<Integer>> field = FormField.choice("relationship." + q.code(),
                        context.text(q.labelKey()) + ": " + context.text(q.questionKey()));
                field.control().setId("relationship-" + q.code());
                field.control().getItems().setAll(Arrays.asList(null, 1, 2, 3, 4));
                field.control().setConverter(Choices.converter(String::valueOf,
                        context.text("relationship.answer.unknown")));
                ObjectProperty<Integer> answer = check.answerProperty(q);
                FormBindings.choice(field, answer, check);
                form.add(field);
                if (first == null) {
                    first = field;
                }
            }
            form.showErrors(check.errors());
            whole.getChildren().addAll(title, form.node());
        }
        Label scores = new Label();
        scores.setId("relationship-scores");
        scores.getStyleClass().add(UiStyles.HINT);
        ObjectProperty<?>[] all = Arrays.stream(RelationshipQuestion.values()).map(check::answerProperty)
                .toArray(ObjectProperty[]::new);
        scores.textProperty().bind(Bindings.createStringBinding(() -> summary(context, check.current()), all));
        whole.getChildren().add(scores);
        whole.setId("relationship-form");
        dialog = new FormDialog(context, context.text("relationship.dialog.title", partnerName),
                context.text("ui.action.save"), whole, check.unsaved(), check::save);
        FormField<ComboBox<Integer>> focus = first;
        dialog.dialog().setOnShown(e -> Platform.runLater(() -> focus.control().requestFocus()));
    }

    /** "Vertrouwen 3,7 · waarde 1,7 · Onderhouden"; open scores as a dash. */
    static String summary(UiContext context, RelationshipCheck check) {
        String text = context.text("relationship.summary", score(context, check.trustScore()),
                score(context, check.valueScore()));
        return check.advice() == null ? text : text + " · " + context.text(check.advice().labelKey());
    }

    private static String score(UiContext context, Double score) {
        return score == null ? "-" : String.format(context.messages().locale(), "%.1f", score);
    }

    boolean showAndWait() {
        return dialog.showAndWait();
    }
}
