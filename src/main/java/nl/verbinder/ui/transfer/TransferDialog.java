package nl.verbinder.ui.transfer;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.ui.area.AreaCss;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.fx.Theme;

/**
 * A dialog that asks a few choices (profile, columns, period, format), then runs a long
 * export, backup or restore in the background with a progress bar and a Cancel button. It
 * closes when the work is done, with the message for the notification as its result; a
 * refusal or a cancel shows in the dialog, which stays open so the user can choose again.
 */
final class TransferDialog extends Dialog<String> {

    /** The work itself, on the background thread; returns what the notification says. */
    @FunctionalInterface
    interface Work {
        String run(Progress progress);
    }

    /**
     * On the FX thread when the user starts: reads the choices and asks for the file. Empty
     * when there is nothing to run (the user cancelled the chooser, or a choice is wrong, which
     * it reports through {@code problem}).
     */
    @FunctionalInterface
    interface Start {
        Optional<Work> prepare(Consumer<String> problem);
    }

    private final UiContext context;
    private final Start start;
    private final Node options;
    private final ProgressBar bar = new ProgressBar(0);
    private final Label status = new Label();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final Button startButton;
    private final Button cancelButton;
    private TransferProgress progress;

    /**
     * @param ready when the choices allow starting (at least one column, ...)
     */
    TransferDialog(UiContext context, String id, String title, Node options, String startLabel,
                   BooleanExpression ready, Start start) {
        this.context = context;
        this.start = start;
        this.options = options;
        setTitle(title);
        setHeaderText(title);
        setResizable(true);
        getDialogPane().setId(id);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setId("transfer-progress");
        bar.visibleProperty().bind(running);
        bar.managedProperty().bind(running);
        status.setId("transfer-status");
        status.setWrapText(true);
        status.setMaxWidth(560);
        status.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(14, options, bar, status);
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(600);
        AreaCss.applyTo(getDialogPane());
        getDialogPane().getStylesheets().add(Theme.STYLESHEET);

        ButtonType startType = new ButtonType(startLabel, ButtonData.OK_DONE);
        ButtonType cancelType = new ButtonType(context.text("ui.action.cancel"), ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(startType, cancelType);
        startButton = (Button) getDialogPane().lookupButton(startType);
        startButton.setId("transfer-start");
        startButton.disableProperty().bind(running.or(ready.not()));
        startButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            begin();
        });
        cancelButton = (Button) getDialogPane().lookupButton(cancelType);
        cancelButton.setId("transfer-cancel");
        cancelButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (running.get()) {
                event.consume();
                progress.cancel();
                status.setText(context.text("transfer.ui.cancelling"));
            }
        });
        setOnCloseRequest(event -> {
            if (running.get()) {
                event.consume();
                progress.cancel();
            }
        });
        setResultConverter(button -> null);
    }

    private void begin() {
        status.getStyleClass().remove(Styles.DANGER);
        status.setText("");
        Optional<Work> work = start.prepare(this::problem);
        if (work.isEmpty()) {
            return;
        }
        progress = new TransferProgress();
        TransferProgress current = progress;
        bar.progressProperty().bind(current.fraction());
        running.set(true);
        options.setDisable(true);
        status.setText(context.text("transfer.ui.working"));
        Work chosen = work.get();
        context.tasks().run(() -> chosen.run(current.progress()), this::finished, this::failed);
    }

    private void finished(String message) {
        running.set(false);
        options.setDisable(false);
        setResultConverter(button -> message);
        setResult(message);
        close();
    }

    private void failed(RuntimeException failure) {
        running.set(false);
        options.setDisable(false);
        if (failure instanceof VerbinderException refusal) {
            problem(TransferTexts.refusal(context.messages(), refusal));
        } else {
            System.getLogger("nl.verbinder.ui").log(System.Logger.Level.ERROR, "Transfer failed", failure);
            problem(context.text("ui.error.unexpected", String.valueOf(failure.getMessage())));
        }
    }

    private void problem(String text) {
        if (!status.getStyleClass().contains(Styles.DANGER)) {
            status.getStyleClass().add(Styles.DANGER);
        }
        status.setText(text);
    }
}
