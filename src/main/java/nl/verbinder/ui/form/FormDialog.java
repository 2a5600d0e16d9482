package nl.verbinder.ui.form;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import nl.verbinder.ui.area.AreaCss;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.fx.Theme;

/**
 * A dialog around a form (a goal, a note, a therapist, a contact moment). Saving runs the view
 * model's save in the background and closes the dialog only when it succeeded, so a refusal
 * shows next to the fields and nothing typed is lost. Ctrl+Enter saves; Escape and Cancel ask
 * first when there are unsaved changes.
 */
public final class FormDialog {

    private final UiContext context;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType saveType;
    private final UnsavedChanges unsaved;
    private final Node form;
    private final Button saveButton;
    private boolean saved;

    /**
     * @param save the view model's save: it calls the given {@link Runnable} once the data is stored
     */
    public FormDialog(UiContext context, String title, String saveLabel, Node form, UnsavedChanges unsaved,
                      Consumer<Runnable> save) {
        this.context = context;
        this.unsaved = unsaved;
        this.saveType = new ButtonType(saveLabel, ButtonData.OK_DONE);
        ButtonType cancelType = new ButtonType(context.text("ui.action.cancel"), ButtonData.CANCEL_CLOSE);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setResizable(true);
        this.form = form;
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        scroll.setPrefViewportHeight(520);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().addAll(saveType, cancelType);
        dialog.getDialogPane().setPrefWidth(720);
        AreaCss.applyTo(dialog.getDialogPane());
        dialog.getDialogPane().getStylesheets().add(Theme.STYLESHEET);
        saveButton = (Button) dialog.getDialogPane().lookupButton(saveType);
        saveButton.setId("dialog-save");
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            save.accept(this::closeSaved);
        });
        KeyCombination ctrlEnter = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (ctrlEnter.match(event)) {
                event.consume();
                saveButton.fire();
            }
        });
        dialog.setOnCloseRequest(event -> {
            if (!saved && !unsaved.mayDiscard()) {
                event.consume();
            }
        });
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    public Button saveButton() {
        return saveButton;
    }

    /**
     * A form with its own heading and width, that shows whole rather than scrolled (the moment
     * form, made for speed).
     */
    public FormDialog whole(double width) {
        dialog.setHeaderText(null);
        dialog.getDialogPane().setPrefWidth(width);
        dialog.getDialogPane().setContent(form);
        return this;
    }

    /** Shows the dialog and waits; true when the form was saved. */
    public boolean showAndWait() {
        context.dialogs().show(dialog);
        return saved;
    }

    private void closeSaved() {
        saved = true;
        unsaved.markClean();
        dialog.setResult(saveType);
        dialog.close();
    }
}
