package nl.verbinder.ui.brief;

import atlantafx.base.theme.Styles;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.verbinder.domain.brief.BriefSection;
import nl.verbinder.ui.area.AreaCss;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.fx.Nodes;
import nl.verbinder.ui.fx.Theme;
import nl.verbinder.ui.fx.UiStyles;
import nl.verbinder.ui.transfer.FileKind;
import nl.verbinder.ui.transfer.TransferFiles;

/**
 * The meeting brief on one screen. Ctrl+C copies it as plain text, Ctrl+P saves it as a PDF
 * to print, Escape closes.
 */
public final class MeetingBriefDialog {

    private final UiContext context;
    private final MeetingBriefModel model;
    private final Supplier<TransferFiles> files;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final VBox body = new VBox(10);

    public MeetingBriefDialog(UiContext context, MeetingBriefModel model, Supplier<TransferFiles> files) {
        this.context = context;
        this.model = model;
        this.files = files;
        dialog.titleProperty().bind(model.titleProperty());
        dialog.setResizable(true);
        Label heading = new Label();
        heading.textProperty().bind(model.titleProperty());
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setWrapText(true);
        body.setId("brief-body");
        show();
        model.sections().addListener((ListChangeListener<BriefSection>) c -> show());

        Button copy = Nodes.button(context.text("brief.ui.copy"), "brief-copy", e -> copy());
        Button pdf = Nodes.button(context.text("brief.ui.pdf"), "brief-pdf", e -> savePdf());
        Label keys = new Label(context.text("brief.ui.keys"));
        keys.getStyleClass().addAll(UiStyles.HINT, Styles.TEXT_SMALL);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        VBox content = new VBox(12, heading, scroll, new HBox(8, copy, pdf), keys);
        content.setPadding(new Insets(16, 20, 4, 20));
        content.setId("brief-dialog");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(context.text("agenda.ui.close"),
                ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setPrefWidth(720);
        AreaCss.applyTo(dialog.getDialogPane());
        dialog.getDialogPane().getStylesheets().add(Theme.STYLESHEET);
        KeyCombination ctrlC = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
        KeyCombination ctrlP = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (ctrlC.match(event)) {
                event.consume();
                copy();
            } else if (ctrlP.match(event)) {
                event.consume();
                savePdf();
            }
        });
    }

    public void showAndWait() {
        context.dialogs().show(dialog);
    }

    private void show() {
        body.getChildren().clear();
        for (BriefSection section : model.sections()) {
            Label heading = new Label(section.heading());
            heading.getStyleClass().add(Styles.TEXT_BOLD);
            VBox lines = new VBox(2);
            for (String line : section.lines()) {
                Label label = new Label(line);
                label.setWrapText(true);
                lines.getChildren().add(label);
            }
            lines.setPadding(new Insets(0, 0, 0, 8));
            body.getChildren().add(new VBox(4, heading, lines));
        }
    }

    private void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(model.plainTextProperty().get());
        Clipboard.getSystemClipboard().setContent(content);
        context.notifier().notify(context.text("brief.ui.copied"));
    }

    private void savePdf() {
        files.get().save(context.text("brief.ui.pdf"), model.suggestedFileName(), FileKind.PDF)
                .ifPresent(file -> model.savePdf(file, written -> { }));
    }
}
