package nl.verbinder.ui.shell;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import nl.verbinder.i18n.Messages;
import nl.verbinder.ui.common.Icons;
import nl.verbinder.ui.common.Theme;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The menu bar: files, contact moments, view (areas, language, theme). Every action has a key. */
public final class ShellMenu {

    private final MenuBar bar = new MenuBar();

    public ShellMenu(List<Menu> menus) {
        bar.getMenus().addAll(menus);
    }

    public MenuBar node() {
        return bar;
    }

    /**
     * Languages and themes as plain choices in the menu, not submenus: quicker by keyboard.
     */
    static List<MenuItem> choices(Messages messages, Theme theme, Consumer<String> language, Consumer<Theme> themes) {
        ToggleGroup languages = new ToggleGroup();
        RadioMenuItem dutch = radio("Nederlands", "menu-language-nl", languages, messages.isDutch(),
                () -> language.accept("nl"));
        dutch.setGraphic(Icons.of(Material2AL.LANGUAGE, 16));
        RadioMenuItem english = radio("English", "menu-language-en", languages, !messages.isDutch(),
                () -> language.accept("en"));
        ToggleGroup themeGroup = new ToggleGroup();
        RadioMenuItem light = radio(messages.get("ui.menu.theme.light"), "menu-theme-light", themeGroup,
                theme == Theme.LIGHT, () -> themes.accept(Theme.LIGHT));
        light.setGraphic(Icons.of(Material2MZ.PALETTE, 16));
        RadioMenuItem dark = radio(messages.get("ui.menu.theme.dark"), "menu-theme-dark", themeGroup,
                theme == Theme.DARK, () -> themes.accept(Theme.DARK));
        return List.of(dutch, english, new SeparatorMenuItem(), light, dark);
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
