package nl.verbinder.ui.networks;

import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.VBox;
import nl.verbinder.domain.networks.MaturityDimension;
import nl.verbinder.domain.networks.NetworkTip;
import nl.verbinder.domain.networks.ReviewDecision;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.form.Choices;
import nl.verbinder.ui.form.DateField;
import nl.verbinder.ui.form.Form;
import nl.verbinder.ui.form.FormBindings;
import nl.verbinder.ui.form.FormDialog;
import nl.verbinder.ui.form.FormField;
import nl.verbinder.ui.fx.UiStyles;

/**
 * "Netwerk beoordelen", for the keyboard: Tab from score to reason to the next score (a digit
 * 1-4 and one line each), the four factors, Space on the tips that hold, the decision, and
 * Ctrl+Enter to save. Starts from the previous review, so often only a few digits change.
 */
final class ReviewDialog {

    private final FormDialog dialog;

    ReviewDialog(UiContext context, ReviewForm review, String networkName) {
        Form form = new Form(4);
        FormField<TextField> first = null;
        for (MaturityDimension d : MaturityDimension.values()) {
            FormField<TextField> score = FormField.text("dimension." + d.code(), context.label(d));
            score.control().setId("review-score-" + d.code());
            score.control().setTextFormatter(new TextFormatter<>(change ->
                    change.getControlNewText().length() <= 1 ? change : null));
            score.control().setPromptText("1-4");
            FormBindings.text(score, review.scoreProperty(d), review);
            FormField<TextField> reason = FormField.text("reason." + d.code(), context.text("networks.review.reason"));
            reason.control().setId("review-reason-" + d.code());
            FormBindings.text(reason, review.reasonProperty(d), review);
            form.add(score, 1).add(reason, 3);
            if (first == null) {
                first = score;
            }
        }
        form.add(number(context, review, "trust", review.trustProperty(), "review-trust"))
                .add(number(context, review, "participants", review.participantsProperty(), "review-participants"))
                .add(number(context, review, "goalConsensus", review.consensusProperty(), "review-consensus"))
                .add(number(context, review, "competenceNeed", review.competenceNeedProperty(), "review-competence"));
        VBox tips = new VBox(6);
        Label tipsTitle = new Label(context.text("networks.review.tips"));
        tipsTitle.getStyleClass().add(UiStyles.FIELD_LABEL);
        tips.getChildren().add(tipsTitle);
        for (NetworkTip tip : NetworkTip.values()) {
            CheckBox box = new CheckBox(context.text(tip.questionKey()));
            box.setId("review-tip-" + tip.code());
            box.setWrapText(true);
            box.selectedProperty().bindBidirectional(review.tipProperty(tip));
            box.selectedProperty().addListener((obs, old, now) -> review.edited("tips"));
            tips.getChildren().add(box);
        }
        tips.setPadding(new Insets(4, 0, 4, 0));
        Form closing = new Form(4);
        FormField<ComboBox<ReviewDecision>> decision = FormField.choice("decision", context.text("field.decision"));
        Choices.coded(decision.control(), ReviewDecision.class, context.messages(), null, false);
        FormBindings.choice(decision, review.decisionProperty(), review);
        FormField<DateField> on = FormBindings.dateField("reviewedOn", context.text("field.reviewedOn"), context);
        FormBindings.date(on, review.reviewedOnProperty(), review);
        closing.add(decision, 2).add(on, 2);
        FormField<TextArea> note = FormField.area("decisionNote", context.text("field.decisionNote"), 2);
        FormBindings.text(note, review.noteProperty(), review);
        closing.add(note, 4);
        form.showErrors(review.errors());
        closing.showErrors(review.errors());
        // Scores and factors, then the tips, then the decision: the Tab order follows the page.
        VBox whole = new VBox(10, form.node(), tips, closing.node());
        whole.setId("review-form");
        dialog = new FormDialog(context, context.text("networks.review.title", networkName),
                context.text("ui.action.save"), whole, review.unsaved(), review::save);
        FormField<TextField> focus = first;
        dialog.dialog().setOnShown(e -> Platform.runLater(() -> focus.control().requestFocus()));
    }

    private static FormField<TextField> number(UiContext context, ReviewForm review, String name,
                                               StringProperty value, String id) {
        FormField<TextField> field = FormField.text(name, context.text("field." + name));
        field.control().setId(id);
        FormBindings.text(field, value, review);
        return field;
    }

    boolean showAndWait() {
        return dialog.showAndWait();
    }
}
