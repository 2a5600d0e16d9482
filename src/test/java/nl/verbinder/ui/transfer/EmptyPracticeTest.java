package nl.verbinder.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.ui.AreaTestBase;
import nl.verbinder.ui.FxWait;
import nl.verbinder.ui.WindowFixture;
import nl.verbinder.ui.area.Area;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * What a new practice sees: an empty database opens on an empty Partners area that says where
 * to begin, and the File menu's actions fill it (an import) or the area's own button does.
 */
class EmptyPracticeTest extends AreaTestBase {

    private final ChosenFiles files = new ChosenFiles();

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.in(folder, stage);
        fixture.window().useTransferFiles(files);
        fixture.show();
    }

    @Test
    void theEmptyPartnersAreaSaysWhereToBeginAndTheFileMenuOffersItsActions(FxRobot robot) {
        assertThat(fixture.window().currentArea()).isEqualTo(Area.PARTNERS);
        assertThat(table(robot).getItems()).isEmpty();
        assertThat(visible(robot, "Nog geen partners")).isTrue();
        assertThat(visibleStartingWith(robot, "Vul eerst bij Praktijk jullie therapeuten in.")).isTrue();
        assertThat(visible(robot, "Demopraktijk bekijken")).isTrue();

        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu file = bar.getMenus().getFirst();
        assertThat(file.getText()).isEqualTo("Bestand");
        assertThat(texts(file.getItems())).containsExactly("Nieuwe partner…", "Nieuwe database…", "Database openen…",
                "Verbinden met praktijkserver…", "Mijn database", "Demopraktijk openen", "Importeren", "Exporteren",
                "Importgeschiedenis…", "Reservekopie maken…", "Herstellen uit back-up…", "Kwartaalrapport…",
                "Afsluiten");
        assertThat(texts(((Menu) file.getItems().stream().filter(i -> "Importeren".equals(i.getText())).findFirst()
                .orElseThrow()).getItems())).containsExactly("Partnerlijst (CSV)…",
                "LinkedIn-connecties (Connections.csv)…", "Contactpersonen (vCard)…");
    }

    @Test
    void importingAPartnerListFromTheFileMenuFillsTheEmptyArea(FxRobot robot) throws Exception {
        Path list = folder.resolve("partners.csv");
        Files.writeString(list, """
                Naam;Plaats
                Huisartsenpraktijk De Linde;Utrecht
                Zwembad De Wetering;Amersfoort
                """, StandardCharsets.UTF_8);
        files.then(list);

        menu(robot, "Bestand", "Importeren", "Partnerlijst (CSV)…");
        robot.clickOn(inDialog(robot, "#wizard-choose"));
        robot.clickOn(inDialog(robot, "#wizard-next"));
        robot.clickOn(inDialog(robot, "#wizard-next"));
        robot.clickOn(inDialog(robot, "#wizard-import"));
        robot.clickOn(inDialog(robot, "#wizard-close"));

        FxWait.until("the table shows the imported partners", () -> table(robot).getItems().size() == 2);
        assertThat(visible(robot, "Nog geen partners")).isFalse();
        assertThat(fixture.services().partners().list(PartnerQuery.all())).extracting(nl.verbinder.domain.PartnerOverview::name)
                .containsExactlyInAnyOrder("Huisartsenpraktijk De Linde", "Zwembad De Wetering");
    }

    @Test
    void theEmptyAreasOwnButtonMakesTheFirstPartner(FxRobot robot) {
        robot.clickOn(robot.lookup((Node n) -> n instanceof Button b && "Nieuwe partner".equals(b.getText())
                && b.getParent() != null && n.isVisible() && !"new-partner".equals(b.getId())).queryAs(Node.class));
        robot.write("Fysiofit Sportschool");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Category> category = robot.lookup("#field-category").queryAs(ComboBox.class);
            category.setValue(Category.GYM);
        });
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        FxWait.until("the new partner is in the table", () -> table(robot).getItems().size() == 1);
        Partner stored = fixture.services().partners().resolve("Fysiofit Sportschool");
        assertThat(stored.category()).isEqualTo(Category.GYM);
        assertThat(visible(robot, "Nog geen partners")).isFalse();
    }

    private static List<String> texts(List<MenuItem> items) {
        return items.stream().filter(i -> !(i instanceof SeparatorMenuItem)).map(MenuItem::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Object> table(FxRobot robot) {
        return robot.lookup("#partner-table").queryAs(TableView.class);
    }

    private static boolean visible(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof Labeled l && text.equals(l.getText()) && shown(n))
                .tryQuery().isPresent();
    }

    private static boolean visibleStartingWith(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null && l.getText().startsWith(text)
                && shown(n)).tryQuery().isPresent();
    }

    /** On screen: in a showing window, and neither it nor any node around it hidden. */
    private static boolean shown(Node node) {
        if (node.getScene() == null || node.getScene().getWindow() == null || !node.getScene().getWindow().isShowing()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static Node inDialog(FxRobot robot, String query) {
        return robot.from(robot.lookup(".dialog-pane").queryAll()).lookup(query).query();
    }

    /** File → submenu → item, moving sideways into the submenu first, as a user does. */
    private static void menu(FxRobot robot, String... path) {
        for (int i = 0; i < path.length; i++) {
            String step = path[i];
            Node item = robot.lookup((Node n) -> n instanceof Labeled l && step.equals(l.getText()) && n.isVisible()
                    && n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                    .queryAs(Node.class);
            if (i == 2) {
                Point2D mouse = robot.robotContext().getBaseRobot().retrieveMouse();
                robot.moveTo(new Point2D(robot.point(item).query().getX(), mouse.getY()));
            }
            robot.clickOn(item);
        }
    }
}
