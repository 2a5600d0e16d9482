package nl.verbinder.ui.area;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import nl.verbinder.ui.fx.Labels;
import nl.verbinder.ui.fx.Theme;
import nl.verbinder.ui.fx.UiStyles;

/** What the dialogs built around one list (Agenda importeren, Mijn week) share. */
public final class ListDialogs {

    private ListDialogs() {
    }

    /** A small muted line under the list, wrapped: the keys it takes, or what a choice means. */
    public static Label hint(String text) {
        return Labels.wrapped(text, UiStyles.HINT, Styles.TEXT_SMALL);
    }

    /**
     * Puts the content in the dialog with one close button, at the width, in the app's styles.
     * The list keeps Escape to itself; here it closes the dialog from anywhere in it. When the
     * dialog shows, the list has the focus and its first row is selected.
     */
    public static void finish(Dialog<ButtonType> dialog, VBox content, String id, String closeLabel, double width,
            ListView<?> list) {
        content.setPadding(new Insets(16, 20, 4, 20));
        content.setId(id);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(closeLabel, ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setPrefWidth(width);
        AreaCss.applyTo(dialog.getDialogPane());
        dialog.getDialogPane().getStylesheets().add(Theme.STYLESHEET);
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                dialog.setResult(ButtonType.CLOSE);
                dialog.close();
            }
        });
        dialog.setOnShown(e -> Platform.runLater(() -> {
            if (!list.getItems().isEmpty()) {
                list.getSelectionModel().select(0);
            }
            list.requestFocus();
        }));
    }
}
