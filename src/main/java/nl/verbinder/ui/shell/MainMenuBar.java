package nl.verbinder.ui.shell;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.fx.Icons;
import nl.verbinder.ui.history.UndoViewModel;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The window's menu bar: the menus of {@link MenuActions#bar} with the shell's own items put in
 * (Bestand › Nieuwe partner…, Bewerken › Ongedaan maken, Beeld › Mijn week ook als
 * bureaubladmelding and Wie ben ik…) and the
 * {@link HelpMenu} at the end; Ctrl+/ opens the overview of the keys, as F1 does.
 */
public final class MainMenuBar {

    private static final KeyCombination SHORTCUTS = new KeyCodeCombination(KeyCode.SLASH,
            KeyCombination.SHORTCUT_DOWN);

    private final MenuBar bar;
    private final HelpMenu help;

    /**
     * @param actions    the menus of {@link MenuActions}
     * @param newPartner Partners with the new-partner form open, from any area
     * @param dataFolder the per-user data folder, for the Help menu (the log, Over Verbinder)
     */
    public MainMenuBar(UiContext context, MenuBar actions, MeChooser me, Runnable newPartner, Window owner,
                       Path dataFolder) {
        bar = actions;
        // "Nieuwe partner…" first in the Bestand menu, from every area (Ctrl+N; inside Partners its own key does the same).
        MenuItem newPartnerItem = new MenuItem(context.text("ui.menu.new-partner"),
                Icons.of(Material2MZ.PERSON_ADD, 16));
        newPartnerItem.setId("menu-new-partner");
        newPartnerItem.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        newPartnerItem.setOnAction(e -> newPartner.run());
        bar.getMenus().getFirst().getItems().addAll(0, List.of(newPartnerItem, new SeparatorMenuItem()));
        bar.getMenus().add(1, edit(context));
        // The desktop reminder's opt-in and "Wie ben ik…" at the end of the Beeld menu.
        Menu view = bar.getMenus().get(bar.getMenus().size() - 1);
        view.getItems().addAll(new SeparatorMenuItem(), desktopReminder(context, view), me.menuItem());
        help = new HelpMenu(context, owner, dataFolder);
        bar.getMenus().add(help.menu());
    }

    /**
     * Beeld › Mijn week ook als bureaubladmelding: the same setting as the check box in Mijn week
     * (off until chosen), read again each time the menu opens and saved at once.
     */
    private static CheckMenuItem desktopReminder(UiContext context, Menu view) {
        CheckMenuItem item = new CheckMenuItem(context.text("week.ui.desktop"));
        item.setId("menu-desktop-reminder");
        item.setSelected(context.settings().desktopReminder());
        view.setOnShowing(e -> item.setSelected(context.settings().desktopReminder()));
        item.setOnAction(e -> {
            context.settings().desktopReminder(item.isSelected());
            context.settings().save();
        });
        return item;
    }

    /** Bewerken › Ongedaan maken (Ctrl+Z): the last saved field edit. In a text field Ctrl+Z undoes typing first. */
    private static Menu edit(UiContext context) {
        UndoViewModel undo = new UndoViewModel(context);
        MenuItem undoItem = new MenuItem(context.text("history.ui.undo.menu"), Icons.of(Material2MZ.UNDO, 16));
        undoItem.setId("menu-undo");
        undoItem.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        undoItem.setOnAction(e -> undo.undo());
        Menu edit = new Menu(context.text("history.ui.edit.menu"));
        edit.setId("menu-edit");
        edit.getItems().add(undoItem);
        return edit;
    }

    public MenuBar node() {
        return bar;
    }

    /** Ctrl+/ anywhere in {@code root} opens the overview of the keys (a menu item has one accelerator, F1). */
    public void listenForKeys(Node root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SHORTCUTS.match(e)) {
                e.consume();
                help.showShortcuts();
            }
        });
    }
}
