package nl.verbinder.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
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
import nl.verbinder.ui.area.Area;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.fx.Icons;
import nl.verbinder.ui.fx.Theme;
import nl.verbinder.ui.history.RecentChangesDialog;
import nl.verbinder.ui.insight.QuarterlyReportAction;
import nl.verbinder.ui.moments.LogMomentAction;
import nl.verbinder.ui.transfer.TransferAction;
import nl.verbinder.ui.transfer.TransferMenu;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Every verb of the menu bar, made in one place as {@link MenuAction}s, and the menus they sit
 * in. A new verb is one {@code MenuAction.of(...)} line in the menu it belongs to.
 */
public final class MenuActions {

    /**
     * What the verbs act on.
     *
     * @param session   the open database
     * @param open      opens another database file in the window
     * @param openDemo  opens the demo practice
     * @param transfer  starts an import, export, backup or restore
     * @param log       logs a contact moment
     * @param language  switches the language ("nl", "en")
     * @param theme     switches the theme
     * @param quit      closes the window, as its close button does
     * @param fromAgenda proposes contact moments from an agenda file
     * @param fromAgendaAddress proposes them from the agenda at its private address, fetched when asked
     * @param brief     shows the meeting brief of the partner in view
     * @param myWeek    shows my follow-ups of this week
     */
    public record Targets(DatabaseSession session, Consumer<Path> open, Runnable openDemo,
                          Consumer<TransferAction> transfer, LogMomentAction log, Consumer<String> language,
                          Consumer<Theme> theme, Runnable quit, Runnable fromAgenda, Runnable fromAgendaAddress,
                          Runnable brief, Runnable myWeek) {
    }

    private final UiContext context;
    private final Targets targets;

    public MenuActions(UiContext context, Targets targets) {
        this.context = context;
        this.targets = targets;
    }

    /** The menu bar: files, contact moments, view (areas, language, theme). Every action has a key. */
    public MenuBar bar(Theme theme) {
        return new MenuBar(file(), moments(), view(theme));
    }

    private Menu file() {
        Menu file = menu("ui.menu.file",
                MenuAction.of("menu-new-database", text("ui.menu.file.new"), this::newDatabase).key("Shortcut+Shift+N"),
                MenuAction.of("menu-open-database", text("ui.menu.file.open"), this::openDatabase).key("Shortcut+O"),
                MenuAction.of("menu-connect-server", text("ui.menu.file.server"), this::connectServer),
                MenuAction.of("menu-own-database", text("ui.menu.file.own"),
                        () -> targets.open().accept(targets.session().ownLocation())),
                MenuAction.of("menu-demo", text("ui.menu.file.demo"), targets.openDemo()));
        file.getItems().add(new SeparatorMenuItem());
        file.getItems().addAll(TransferMenu.items(context.messages(), targets.transfer()));
        file.getItems().addAll(new SeparatorMenuItem(),
                MenuAction.of("menu-quarterly-report", text("insights.report.menu"),
                        () -> new QuarterlyReportAction(context).run()).item(),
                new SeparatorMenuItem(),
                MenuAction.of("menu-quit", text("ui.menu.file.quit"), targets.quit()).key("Shortcut+Q").item());
        return file;
    }

    private Menu moments() {
        return menu("ui.menu.moment",
                MenuAction.of("menu-log-moment", text("ui.menu.moment.log"), () -> targets.log().run(null))
                        .key("Shortcut+L").icon(Material2AL.ADD_COMMENT),
                MenuAction.of("menu-moment-from-agenda", text("agenda.ui.menu"), targets.fromAgenda())
                        .icon(Material2AL.EVENT),
                MenuAction.of("menu-moment-from-agenda-address", text("agenda.ui.menu-address"),
                        targets.fromAgendaAddress()).icon(Material2AL.CLOUD_DOWNLOAD),
                MenuAction.of("menu-meeting-brief", text("brief.ui.menu"), targets.brief())
                        .key("Shortcut+B").icon(Material2AL.ASSIGNMENT),
                MenuAction.of("menu-my-week", text("week.ui.menu"), targets.myWeek())
                        .key("Shortcut+J").icon(Material2AL.EVENT_AVAILABLE));
    }

    private Menu view(Theme theme) {
        Menu view = new Menu(text("ui.menu.view"));
        int index = 1;
        for (Area area : Area.values()) {
            // Ctrl+1 to Ctrl+9, and Ctrl+0 for a tenth area.
            KeyCodeCombination key = new KeyCodeCombination(KeyCode.valueOf("DIGIT" + index++ % 10),
                    KeyCombination.SHORTCUT_DOWN);
            view.getItems().add(MenuAction.of("menu-area-" + area.code(), text(area.labelKey()),
                    () -> context.navigator().show(area)).key(key).item());
        }
        view.getItems().add(new SeparatorMenuItem());
        view.getItems().add(MenuAction.of("menu-search", text("search.ui.menu"),
                () -> context.dialogs().show(new SearchDialog(context))).key("Shortcut+K").item());
        view.getItems().add(MenuAction.of("menu-recent-changes", text("history.ui.recent.menu"),
                () -> context.dialogs().show(new RecentChangesDialog(context)))
                .key("Shortcut+Shift+H").item());
        view.getItems().add(new SeparatorMenuItem());
        view.getItems().addAll(choices(context.messages(), theme, targets.language(), targets.theme()));
        return view;
    }

    private void newDatabase() {
        context.dialogs().chooseNewDatabase(targets.session().defaultFolder()).ifPresent(targets.open());
    }

    private void openDatabase() {
        // On a practice server there is no folder to start in: the user's own data folder.
        Path folder = targets.session().serverHost().isPresent() ? targets.session().defaultFolder()
                : targets.session().location().getParent();
        context.dialogs().chooseDatabaseToOpen(folder).ifPresent(targets.open());
    }

    /** Bestand › Verbinden met praktijkserver…; also asked at start when the last server wants its password. */
    public void connectServer() {
        connectServer(null, null);
    }

    /** As {@link #connectServer()}, with the fields filled from {@code address} and {@code problem} shown. */
    public void connectServer(String address, String problem) {
        ConnectServerModel model = new ConnectServerModel(targets.session(), context.messages());
        if (address != null) {
            model.fillFrom(address);
        }
        context.dialogs().show(new ConnectServerDialog(model, context.messages(), problem));
    }

    private Menu menu(String key, MenuAction... actions) {
        Menu menu = new Menu(text(key));
        for (MenuAction action : actions) {
            MenuItem item = action.item();
            menu.getItems().add(item);
        }
        return menu;
    }

    private String text(String key) {
        return context.text(key);
    }

    /**
     * Languages and themes as plain choices in the menu, not submenus: quicker by keyboard.
     */
    private static List<MenuItem> choices(Messages messages, Theme theme, Consumer<String> language, Consumer<Theme> themes) {
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
