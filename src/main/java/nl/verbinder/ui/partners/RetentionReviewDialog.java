package nl.verbinder.ui.partners;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.verbinder.domain.RetentionCandidate;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.fx.Labels;

/**
 * The review list behind the AVG retention hint: each contact person kept longer than the
 * setting, with why and since when, and per person Wissen… (the erase dialog, which asks
 * first) or Bewaren with a reason.
 */
final class RetentionReviewDialog extends Dialog<Void> {

    private final UiContext context;
    private final RetentionReviewModel model;
    private final VBox rows = new VBox(10);
    private final Label intro = new Label();

    RetentionReviewDialog(UiContext context, RetentionReviewModel model) {
        this.context = context;
        this.model = model;
        setTitle(context.text("ui.retention.title"));
        setHeaderText(context.text("ui.retention.title"));
        setResizable(true);
        intro.setWrapText(true);
        intro.setId("retention-intro");
        rows.setId("retention-rows");
        rows.setPadding(new Insets(4));
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(380);
        scroll.setPrefViewportWidth(640);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getDialogPane().setContent(new VBox(12, intro, scroll));
        getDialogPane().getButtonTypes().add(
                new ButtonType(context.text("ui.action.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        model.candidates().addListener((ListChangeListener<RetentionCandidate>) c -> refresh());
        model.monthsProperty().addListener((obs, old, months) -> refresh());
        refresh();
        model.load();
    }

    private void refresh() {
        intro.setText(context.text("ui.retention.intro", model.monthsProperty().get(), model.candidates().size()));
        rows.getChildren().clear();
        if (model.candidates().isEmpty()) {
            Label none = new Label(context.text("ui.retention.none"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            rows.getChildren().add(none);
            return;
        }
        for (RetentionCandidate candidate : model.candidates()) {
            rows.getChildren().add(row(candidate));
        }
    }

    private VBox row(RetentionCandidate candidate) {
        Label name = Labels.wrapped(context.text("ui.retention.person", candidate.name(), candidate.partnerName()),
                Styles.TEXT_BOLD);
        Label why = new Label(context.text("ui.retention.why", context.text(candidate.reason().labelKey()),
                context.date(candidate.since())));
        why.getStyleClass().add(Styles.TEXT_MUTED);
        Button erase = new Button(context.text("ui.retention.erase"));
        erase.getStyleClass().add(Styles.DANGER);
        erase.setId("retention-erase-" + candidate.personId());
        erase.setOnAction(e -> erase(candidate));
        TextField reason = new TextField();
        reason.setPromptText(context.text("ui.retention.reason"));
        reason.setId("retention-reason-" + candidate.personId());
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button keep = new Button(context.text("ui.retention.keep"));
        keep.setId("retention-keep-" + candidate.personId());
        keep.disableProperty().bind(reason.textProperty().map(t -> t == null || t.isBlank()));
        keep.setOnAction(e -> model.keep(candidate, reason.getText()));
        erase.setMinWidth(Region.USE_PREF_SIZE);
        keep.setMinWidth(Region.USE_PREF_SIZE);
        HBox actions = new HBox(8, erase, reason, keep);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox row = new VBox(4, name, why, actions);
        row.setId("retention-person-" + candidate.personId());
        return row;
    }

    /** The erase flow of the contact persons tab: every mention shown, erased only once confirmed. */
    private void erase(RetentionCandidate candidate) {
        model.person(candidate, person -> {
            ErasePersonViewModel erasure = new ErasePersonViewModel(context, person);
            erasure.load(() -> context.dialogs().show(new ErasePersonDialog(context, erasure)).ifPresent(confirmed ->
                    erasure.erase(confirmed, redacted -> {
                        context.notifier().notify(context.text("ui.persons.erased", person.name(), redacted));
                        model.changed();
                    })));
        });
    }
}
