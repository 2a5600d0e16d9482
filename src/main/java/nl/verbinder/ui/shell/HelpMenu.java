package nl.verbinder.ui.shell;

import java.nio.file.Path;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Window;
import nl.verbinder.service.VersionInfo;
import nl.verbinder.ui.area.UiContext;

/** The Help menu: open the log file, and Over Verbinder (versions, data, licences). */
public final class HelpMenu {

    private final Menu menu;

    /**
     * @param dataFolder the per-user data folder: settings, the log ({@code logs/verbinder-0.log})
     */
    private MenuItem shortcuts;

    public HelpMenu(UiContext context, Window owner, Path dataFolder) {
        Path logFile = dataFolder.resolve(LogFileOpener.IN_DATA_FOLDER);
        menu = new Menu(context.text("ui.menu.help"));
        menu.setId("menu-help");
        MenuItem log = new MenuItem(context.text("ui.menu.help.log"));
        log.setId("menu-open-log");
        log.setMnemonicParsing(false);
        log.setOnAction(e -> new LogFileOpener(context, logFile).open());
        MenuItem about = new MenuItem(context.text("ui.menu.help.about"));
        about.setId("menu-about");
        about.setMnemonicParsing(false);
        about.setOnAction(e -> new AboutDialog(owner, context.messages(), VersionInfo.current(),
                context.databaseLocation(), dataFolder, logFile).show());
        MenuItem keys = new MenuItem(context.text("ui.shortcuts.menu"));
        keys.setId("menu-shortcuts");
        keys.setMnemonicParsing(false);
        keys.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        keys.setOnAction(e -> showShortcuts(context, owner));
        this.shortcuts = keys;
        menu.getItems().addAll(keys, log, about);
    }

    /** Opens the overview of the keys; Ctrl+/ does too (a menu item has one accelerator, F1). */
    public void showShortcuts() {
        shortcuts.fire();
    }

    private static void showShortcuts(UiContext context, Window owner) {
        ShortcutsDialog dialog = new ShortcutsDialog(context.messages());
        dialog.initOwner(owner);
        dialog.show();
    }

    public Menu menu() {
        return menu;
    }
}
