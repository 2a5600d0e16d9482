package nl.verbinder.ui.shell;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import nl.verbinder.i18n.Messages;
import nl.verbinder.ui.common.Area;
import nl.verbinder.ui.common.Icons;
import nl.verbinder.ui.common.Theme;
import nl.verbinder.ui.transfer.TransferMenu;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The menu bar: files, contact moments, view (areas, language, theme). Every action has a key. */
public final class ShellMenu {

    private final MenuBar bar = new MenuBar();

    public ShellMenu(Messages messages, Theme theme, ShellActions actions) {
        Menu file = new Menu(messages.get("ui.menu.file"));
        file.getItems().addAll(
                item(messages.get("ui.menu.file.new"), "menu-new-database", KeyCombination.keyCombination("Shortcut+Shift+N"),
                        actions::newDatabase),
                item(messages.get("ui.menu.file.open"), "menu-open-database", KeyCombination.keyCombination("Shortcut+O"),
                        actions::openDatabase),
                item(messages.get("ui.menu.file.own"), "menu-own-database", null, actions::openOwnDatabase),
                item(messages.get("ui.menu.file.demo"), "menu-demo", null, actions::openDemo),
                new SeparatorMenuItem());
        file.getItems().addAll(TransferMenu.items(messages, actions::transfer));
        file.getItems().addAll(
                new SeparatorMenuItem(),
                item(messages.get("insights.report.menu"), "menu-quarterly-report", null, actions::quarterlyReport),
                new SeparatorMenuItem(),
                item(messages.get("ui.menu.file.quit"), "menu-quit", KeyCombination.keyCombination("Shortcut+Q"),
                        actions::quit));

        Menu moments = new Menu(messages.get("ui.menu.moment"));
        MenuItem log = item(messages.get("ui.menu.moment.log"), "menu-log-moment",
                KeyCombination.keyCombination("Shortcut+L"), actions::logMoment);
        log.setGraphic(Icons.of(Material2AL.ADD_COMMENT, 16));
        moments.getItems().add(log);

        Menu view = new Menu(messages.get("ui.menu.view"));
        int index = 1;
        for (Area area : Area.values()) {
            KeyCodeCombination key = new KeyCodeCombination(KeyCode.valueOf("DIGIT" + index++), KeyCombination.SHORTCUT_DOWN);
            view.getItems().add(item(messages.get(area.labelKey()), "menu-area-" + area.code(), key,
                    () -> actions.show(area)));
        }
        view.getItems().add(new SeparatorMenuItem());

        // Languages and themes are plain choices in the menu, not submenus: quicker by keyboard.
        ToggleGroup languages = new ToggleGroup();
        RadioMenuItem dutch = radio("Nederlands", "menu-language-nl", languages, messages.isDutch(), () -> actions.language("nl"));
        dutch.setGraphic(Icons.of(Material2AL.LANGUAGE, 16));
        RadioMenuItem english = radio("English", "menu-language-en", languages, !messages.isDutch(), () -> actions.language("en"));
        ToggleGroup themeGroup = new ToggleGroup();
        RadioMenuItem light = radio(messages.get("ui.menu.theme.light"), "menu-theme-light", themeGroup, theme == Theme.LIGHT,
                () -> actions.theme(Theme.LIGHT));
        light.setGraphic(Icons.of(Material2MZ.PALETTE, 16));
        RadioMenuItem dark = radio(messages.get("ui.menu.theme.dark"), "menu-theme-dark", themeGroup, theme == Theme.DARK,
                () -> actions.theme(Theme.DARK));
        view.getItems().addAll(dutch, english, new SeparatorMenuItem(), light, dark);

        bar.getMenus().addAll(file, moments, view);
    }

    public MenuBar node() {
        return bar;
    }

    private static MenuItem item(String text, String id, KeyCombination key, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setMnemonicParsing(false);
        if (key != null) {
            item.setAccelerator(key);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static RadioMenuItem radio(String text, String id, ToggleGroup group, boolean selected, Runnable action) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setId(id);
        item.setToggleGroup(group);
        item.setSelected(selected);
        item.setOnAction(e -> action.run());
        return item;
    }
}
