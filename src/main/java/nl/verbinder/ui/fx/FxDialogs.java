package nl.verbinder.ui.fx;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;
import nl.verbinder.i18n.Messages;

/**
 * The dialogs as JavaFX {@link Dialog}s owned by the main window. Every dialog has a button
 * that cancels, so Escape closes it.
 */
public class FxDialogs implements Dialogs {

    private final Window owner;
    private final Messages messages;

    public FxDialogs(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        Alert alert = confirmation(title, message, confirmLabel);
        return show(alert).filter(type -> type.getButtonData() == ButtonData.OK_DONE).isPresent();
    }

    /** The question {@link #confirm} asks: Enter keeps things as they are, the destructive button takes a click. */
    Alert confirmation(String title, String message, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonData.OK_DONE);
        ButtonType no = new ButtonType(messages.get("ui.action.cancel"), ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, yes, no);
        safeDefault(alert.getDialogPane(), yes, no);
        return alert;
    }

    /**
     * Makes the safe button the dialog's default (Enter) instead of the one that deletes,
     * discards or overwrites, which JavaFX makes the default for {@code OK_DONE}. Every
     * dialog that asks before something destructive uses this.
     */
    public static void safeDefault(DialogPane pane, ButtonType destructive, ButtonType safe) {
        if (pane.lookupButton(destructive) instanceof Button button) {
            button.setDefaultButton(false);
        }
        if (pane.lookupButton(safe) instanceof Button button) {
            button.setDefaultButton(true);
        }
    }

    @Override
    public void error(String message) {
        ButtonType close = new ButtonType(messages.get("ui.action.close"), ButtonData.CANCEL_CLOSE);
        show(alert(Alert.AlertType.ERROR, messages.get("ui.dialog.error.title"), message, close));
    }

    @Override
    public void inform(String title, String message) {
        ButtonType close = new ButtonType(messages.get("ui.action.close"), ButtonData.CANCEL_CLOSE);
        show(alert(Alert.AlertType.INFORMATION, title, message, close));
    }

    @Override
    public boolean discardUnsavedChanges() {
        ButtonType discard = new ButtonType(messages.get("ui.unsaved.discard"), ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(messages.get("ui.unsaved.keep"), ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.WARNING, messages.get("ui.unsaved.title"),
                messages.get("ui.unsaved.message"), discard, keep);
        safeDefault(alert.getDialogPane(), discard, keep);
        return show(alert).filter(discard::equals).isPresent();
    }

    @Override
    public boolean reloadAfterConflict(String message) {
        ButtonType reload = new ButtonType(messages.get("ui.conflict.reload"), ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(messages.get("ui.conflict.keep"), ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.WARNING, messages.get("ui.conflict.title"), message, reload, keep);
        safeDefault(alert.getDialogPane(), reload, keep);
        return show(alert).filter(reload::equals).isPresent();
    }

    @Override
    public FieldMerge.Answer merge(FieldMerge merge) {
        return show(new MergeDialog(messages, merge)).orElse(FieldMerge.Answer.KEEP_EDITING);
    }

    @Override
    public Optional<Path> chooseDatabaseToOpen(Path folder) {
        FileChooser chooser = databaseChooser(messages.get("ui.menu.file.open"), folder);
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseNewDatabase(Path folder) {
        FileChooser chooser = databaseChooser(messages.get("ui.menu.file.new"), folder);
        chooser.setInitialFileName("verbinder.db");
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public <R> Optional<R> show(Dialog<R> dialog) {
        if (dialog.getOwner() == null && owner != null) {
            dialog.initOwner(owner);
            dialog.initModality(Modality.WINDOW_MODAL);
        }
        return dialog.showAndWait();
    }

    private FileChooser databaseChooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("ui.file.databases"), "*.db"));
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(460);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setMinWidth(420);
        return alert;
    }
}
