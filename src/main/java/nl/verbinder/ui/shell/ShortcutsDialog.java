package nl.verbinder.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import nl.verbinder.i18n.Messages;

/** Help → Sneltoetsen (F1 or Ctrl+/): every key of the window on one page. */
final class ShortcutsDialog extends Dialog<Void> {

    /** Each key with the bundle key of what it does, in the order a user meets them. */
    private static final String[][] KEYS = {
            {"Ctrl+1 … Ctrl+9, Ctrl+0", "ui.shortcuts.areas"},
            {"Ctrl+L", "ui.shortcuts.log"},
            {"Ctrl+Enter", "ui.shortcuts.save"},
            {"Escape", "ui.shortcuts.close"},
            {"Ctrl+F", "ui.shortcuts.find"},
            {"Ctrl+K", "ui.shortcuts.search"},
            {"Ctrl+B", "ui.shortcuts.brief"},
            {"Ctrl+J", "ui.shortcuts.my-week"},
            {"Ctrl+Shift+H", "ui.shortcuts.recent-changes"},
            {"Ctrl+N", "ui.shortcuts.new-partner"},
            {"Ctrl+Z", "ui.shortcuts.undo"},
            {"Ctrl+E", "ui.shortcuts.export"},
            {"Delete", "ui.shortcuts.trash"},
            {"Ctrl+U", "ui.shortcuts.snooze"},
            {"Ctrl+I", "ui.shortcuts.import"},
            {"Ctrl+O", "ui.shortcuts.open"},
            {"Ctrl+Shift+N", "ui.shortcuts.new-database"},
            {"Ctrl+Shift+B", "ui.shortcuts.backup"},
            {"Ctrl+Q", "ui.shortcuts.quit"},
            {"F1, Ctrl+/", "ui.shortcuts.this"},
    };

    ShortcutsDialog(Messages messages) {
        setTitle(messages.get("ui.shortcuts.title"));
        setHeaderText(messages.get("ui.shortcuts.title"));
        GridPane grid = new GridPane(24, 8);
        grid.setId("shortcuts");
        for (int i = 0; i < KEYS.length; i++) {
            Label key = new Label(KEYS[i][0]);
            key.getStyleClass().add(Styles.TEXT_BOLD);
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(messages.get(KEYS[i][1]));
            what.setWrapText(true);
            grid.addRow(i, key, what);
        }
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(560);
        getDialogPane().getButtonTypes().add(new ButtonType(messages.get("ui.action.close"), ButtonData.CANCEL_CLOSE));
    }
}
