package nl.verbinder.ui.shell;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.i18n.Messages;
import nl.verbinder.ui.AreaTestBase;
import nl.verbinder.ui.FxWait;
import nl.verbinder.ui.WindowFixture;
import nl.verbinder.ui.area.Area;
import nl.verbinder.ui.fx.FxDialogs;
import nl.verbinder.ui.transfer.FileKind;
import nl.verbinder.ui.transfer.TransferFiles;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Every shortcut of the menu bar, pressed as keys in the window: each one opens what its menu
 * item opens. The items are collected from the scene, so a new shortcut without a check here
 * fails this test until its check is added.
 */
class MenuShortcutsTest extends AreaTestBase {

    /** The titles of the file choosers that opened, in order (no native chooser runs headless). */
    private final List<String> choosers = new ArrayList<>();

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.in(folder, stage);
        fixture.window().useTransferFiles(new TransferFiles() {
            @Override
            public Optional<Path> save(String title, String suggestedName, FileKind kind) {
                choosers.add(title);
                return Optional.empty();
            }

            @Override
            public Optional<Path> open(String title, FileKind kind) {
                choosers.add(title);
                return Optional.empty();
            }

            @Override
            public Optional<Path> folder(String title) {
                choosers.add(title);
                return Optional.empty();
            }
        });
        fixture.window().useDialogs((owner, messages) -> new FxDialogs(owner, messages) {
            @Override
            public Optional<Path> chooseDatabaseToOpen(Path start) {
                choosers.add(messages.get("ui.menu.file.open"));
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseNewDatabase(Path start) {
                choosers.add(messages.get("ui.menu.file.new"));
                return Optional.empty();
            }
        });
        fixture.show();
    }

    @Test
    void everyMenuShortcutPressedAsKeysOpensWhatItsItemOpens(FxRobot robot) {
        Partner linde = services().partners().create(aPartner().named("Huisartsenpraktijk De Linde")
                .withStatus(PartnerStatus.PROSPECT).build());
        Map<KeyCombination, MenuItem> items = accelerated(robot);
        assertThat(items).as("the menus have shortcuts").hasSizeGreaterThan(10);

        Map<String, Runnable> checks = checks(robot, linde);
        List<String> unchecked = items.values().stream().map(MenuItem::getId)
                .filter(id -> !checks.containsKey(id) && !id.startsWith("menu-area-") && !"menu-quit".equals(id)).toList();
        assertThat(unchecked).as("menu items with a shortcut this test does not know yet: add what the user"
                + " sees for each").isEmpty();

        MenuItem quit = null;
        for (MenuItem item : items.values()) {
            if ("menu-quit".equals(item.getId())) {
                quit = item; // last: it closes the window
                continue;
            }
            if (item.getId().startsWith("menu-area-")) {
                Area area = Stream.of(Area.values()).filter(a -> item.getId().equals("menu-area-" + a.code()))
                        .findFirst().orElseThrow();
                press(robot, item.getAccelerator());
                FxWait.until(item.getAccelerator().getDisplayText() + " shows " + area,
                        () -> fixture.window().currentArea() == area);
                continue;
            }
            checks.get(item.getId()).run();
        }

        assertThat(quit).as("Bestand › Afsluiten has a shortcut").isNotNull();
        Window main = robot.window(0);
        press(robot, quit.getAccelerator());
        FxWait.until("Ctrl+Q closes the window", () -> !main.isShowing());
    }

    @Test
    void noTwoMenuItemsShareAShortcut(FxRobot robot) {
        Map<String, List<String>> byKey = new HashMap<>();
        for (MenuItem item : allItems(robot)) {
            if (item.getAccelerator() != null) {
                byKey.computeIfAbsent(normal(item.getAccelerator()), k -> new ArrayList<>()).add(item.getId());
            }
        }
        assertThat(byKey.values().stream().filter(ids -> ids.size() > 1).toList()).isEmpty();
        // nor the window's own key for the overview
        assertThat(byKey).doesNotContainKey(normal(new KeyCodeCombination(KeyCode.SLASH,
                KeyCombination.SHORTCUT_DOWN)));
    }

    @Test
    void theShortcutOverviewListsEveryShortcutOfTheMenus(FxRobot robot) {
        Set<String> inMenus = new TreeSet<>();
        accelerated(robot).keySet().forEach(key -> inMenus.add(normal(key)));

        robot.press(KeyCode.CONTROL, KeyCode.SLASH).release(KeyCode.SLASH, KeyCode.CONTROL);
        Window overview = dialog(robot, "Sneltoetsen");
        GridPane grid = (GridPane) overview.getScene().lookup("#shortcuts");
        Set<String> listed = new TreeSet<>();
        for (Node node : grid.getChildren()) {
            if (GridPane.getColumnIndex(node) == null || GridPane.getColumnIndex(node) == 0) {
                listed.addAll(keysIn(((Label) node).getText()));
            }
        }
        assertThat(listed).containsAll(inMenus);
        robot.type(KeyCode.ESCAPE);
        FxWait.until("the overview closes", () -> !overview.isShowing());
    }

    /** What each shortcut of the menus opens, checked and closed again; areas are checked in the loop. */
    private Map<String, Runnable> checks(FxRobot robot, Partner linde) {
        Map<String, Runnable> checks = new LinkedHashMap<>();
        checks.put("menu-new-partner", () -> {
            // from another area: Partners opens with the empty form of a new partner; Escape leaves it
            press(robot, new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN));
            press(robot, item(robot, "menu-new-partner").getAccelerator());
            FxWait.until("Partners shows the new-partner form", () -> fixture.window().currentArea() == Area.PARTNERS
                    && robot.lookup("#partner-title").tryQueryAs(Label.class)
                    .map(l -> "Nieuwe partner".equals(l.getText())).orElse(false));
            robot.type(KeyCode.ESCAPE);
            FxWait.until("Escape leaves the new-partner form", () -> robot.lookup("#partner-title")
                    .tryQueryAs(Label.class).map(l -> !"Nieuwe partner".equals(l.getText())).orElse(true));
        });
        checks.put("menu-new-database", () -> opensChooser(robot, "menu-new-database", "Nieuwe database…"));
        checks.put("menu-open-database", () -> opensChooser(robot, "menu-open-database", "Database openen…"));
        checks.put("menu-import-partners", () -> opensDialog(robot, "menu-import-partners",
                "Partnerlijst importeren"));
        checks.put("menu-backup", () -> opensDialog(robot, "menu-backup", "Reservekopie maken"));
        checks.put("menu-undo", () -> undoesTheLastEdit(robot, linde));
        checks.put("menu-log-moment", () -> opensDialog(robot, "menu-log-moment", "Contactmoment vastleggen"));
        checks.put("menu-meeting-brief", () -> {
            choosePartner(robot, linde);
            opensDialog(robot, "menu-meeting-brief", "Gesprek voorbereiden: Huisartsenpraktijk De Linde (23-11-2026)");
        });
        checks.put("menu-my-week", () -> opensDialog(robot, "menu-my-week", "Mijn week"));
        checks.put("menu-search", () -> opensDialog(robot, "menu-search", "Zoeken in alles"));
        checks.put("menu-recent-changes", () -> opensDialog(robot, "menu-recent-changes", "Recente wijzigingen"));
        checks.put("menu-shortcuts", () -> opensDialog(robot, "menu-shortcuts", "Sneltoetsen"));
        return checks;
    }

    private void opensDialog(FxRobot robot, String id, String title) {
        press(robot, item(robot, id).getAccelerator());
        Window dialog = dialog(robot, title);
        robot.type(KeyCode.ESCAPE);
        FxWait.until("Escape closes '" + title + "'", () -> !dialog.isShowing());
    }

    private void opensChooser(FxRobot robot, String id, String title) {
        int before = choosers.size();
        press(robot, item(robot, id).getAccelerator());
        FxWait.until("the chooser '" + title + "' opens", () -> choosers.size() == before + 1);
        assertThat(choosers.getLast()).isEqualTo(title);
    }

    /** Ctrl+Z with the partner list in focus: the partner's last saved edit is undone in the database. */
    private void undoesTheLastEdit(FxRobot robot, Partner linde) {
        services().partners().update(services().partners().get(linde.id()).toBuilder()
                .status(PartnerStatus.ACTIVE).build());
        choosePartner(robot, linde);
        press(robot, item(robot, "menu-undo").getAccelerator());
        FxWait.until("Ctrl+Z undoes the status change in the database",
                () -> services().partners().get(linde.id()).status() == PartnerStatus.PROSPECT);
    }

    private void choosePartner(FxRobot robot, Partner partner) {
        press(robot, new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
        FxWait.until("Partners shows", () -> fixture.window().currentArea() == Area.PARTNERS);
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#partner-table").queryAs(TableView.class);
        FxWait.until("the partner is listed", () -> !table.getItems().isEmpty());
        FxWait.laidOut();
        robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class));
        FxWait.until("the partner is chosen", () -> table.getSelectionModel().getSelectedItem() != null);
    }

    private static Window dialog(FxRobot robot, String title) {
        try {
            FxWait.until("a window '" + title + "' opens", () -> Window.getWindows().stream()
                    .anyMatch(w -> w.isShowing() && w instanceof Stage s && title.equals(s.getTitle())));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; open: " + Window.getWindows().stream()
                    .filter(Window::isShowing).map(w -> w instanceof Stage s ? s.getTitle() : "?").toList(), e);
        }
        return Window.getWindows().stream().filter(w -> w.isShowing() && w instanceof Stage s
                && title.equals(s.getTitle())).findFirst().orElseThrow();
    }

    /** The real key presses of the combination: modifiers down, the key, all up again. */
    private static void press(FxRobot robot, KeyCombination combination) {
        if (!(combination instanceof KeyCodeCombination keys)) {
            fail("a menu shortcut that is not a key code: " + combination);
            return;
        }
        List<KeyCode> down = new ArrayList<>();
        if (keys.getShortcut() == KeyCombination.ModifierValue.DOWN || keys.getControl() == KeyCombination.ModifierValue.DOWN) {
            down.add(KeyCode.CONTROL);
        }
        if (keys.getShift() == KeyCombination.ModifierValue.DOWN) {
            down.add(KeyCode.SHIFT);
        }
        if (keys.getAlt() == KeyCombination.ModifierValue.DOWN) {
            down.add(KeyCode.ALT);
        }
        down.add(keys.getCode());
        robot.press(down.toArray(KeyCode[]::new));
        robot.release(down.reversed().toArray(KeyCode[]::new));
    }

    /** "Ctrl+Shift+N" for Shortcut+Shift+N and Ctrl+Shift+N alike: how the overview writes it. */
    private static String normal(KeyCombination combination) {
        KeyCodeCombination keys = (KeyCodeCombination) combination;
        StringBuilder text = new StringBuilder();
        if (keys.getShortcut() == KeyCombination.ModifierValue.DOWN || keys.getControl() == KeyCombination.ModifierValue.DOWN) {
            text.append("Ctrl+");
        }
        if (keys.getShift() == KeyCombination.ModifierValue.DOWN) {
            text.append("Shift+");
        }
        if (keys.getAlt() == KeyCombination.ModifierValue.DOWN) {
            text.append("Alt+");
        }
        return text.append(keys.getCode().getName()).toString();
    }

    /** The keys one line of the overview names: "F1, Ctrl+/" and ranges as "Ctrl+1 … Ctrl+9". */
    private static List<String> keysIn(String text) {
        List<String> keys = new ArrayList<>();
        for (String part : text.split(",\\s*")) {
            String[] range = part.split("\\s*…\\s*");
            if (range.length == 2) {
                String prefix = range[0].substring(0, range[0].length() - 1);
                char from = range[0].charAt(range[0].length() - 1);
                char to = range[1].charAt(range[1].length() - 1);
                for (char digit = from; digit <= to; digit++) {
                    keys.add(prefix + digit);
                }
            } else {
                keys.add(part.trim());
            }
        }
        return keys;
    }

    private static Map<KeyCombination, MenuItem> accelerated(FxRobot robot) {
        Map<KeyCombination, MenuItem> items = new LinkedHashMap<>();
        for (MenuItem item : allItems(robot)) {
            if (item.getAccelerator() != null) {
                items.put(item.getAccelerator(), item);
            }
        }
        return items;
    }

    private static MenuItem item(FxRobot robot, String id) {
        return allItems(robot).stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static List<MenuItem> allItems(FxRobot robot) {
        List<MenuItem> all = new ArrayList<>();
        for (Menu menu : robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus()) {
            collect(menu, all);
        }
        return all;
    }

    private static void collect(Menu menu, List<MenuItem> all) {
        for (MenuItem item : menu.getItems()) {
            all.add(item);
            if (item instanceof Menu sub) {
                collect(sub, all);
            }
        }
    }
}
