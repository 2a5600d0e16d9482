package nl.verbinder.ui.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.service.HistoryLine;
import nl.verbinder.service.Services;
import nl.verbinder.ui.FxWait;
import nl.verbinder.ui.history.RecentChangesViewModel;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The partner's Geschiedenis tab and the practice's Recente wijzigingen, in the real window. */
class HistoryWindowTest extends PartnersTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Override
    void before(Services services) {
        services.history().actAs(sample.anna.id());
        var linde = services.partners().get(sample.linde.id());
        services.partners().update(linde.toBuilder().status(PartnerStatus.DORMANT).build());
        services.history().actAs(null);
        // A long history: more than a page of the tab.
        for (int i = 0; i < nl.verbinder.service.HistoryService.PAGE + 10; i++) {
            var pool = services.partners().get(sample.zwembad.id());
            services.partners().update(pool.toBuilder().notes("Notitie " + i).build());
        }
    }

    /** Selects a tab of the partner pane (with five tabs, a narrow window puts some in the overflow menu). */
    private static void showTab(FxRobot robot, String id) {
        javafx.scene.control.TabPane tabs = robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.TabPane p
                && p.getTabs().stream().anyMatch(t -> id.equals(t.getId()))).queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
    }

    @SuppressWarnings("unchecked")
    private static List<String> sentences(FxRobot robot, String id) {
        ListView<HistoryLine> list = robot.lookup(id).queryAs(ListView.class);
        return list.getItems().stream().map(HistoryLine::sentence).toList();
    }

    @Test
    void theGeschiedenisTabTellsWhoChangedWhatNewestFirst(FxRobot robot) {
        clickRow(robot, "Huisartsenpraktijk De Linde");
        showTab(robot, "tab-history");
        FxWait.until("the history is shown", () -> !sentences(robot, "#partner-history").isEmpty());

        assertThat(sentences(robot, "#partner-history").getFirst())
                .isEqualTo("Anna de Vries zette de status van Huisartsenpraktijk De Linde van Actief op Slapend");
        assertThat(visible(robot, "Anna de Vries zette de status van Huisartsenpraktijk De Linde van Actief op Slapend"))
                .isTrue();
        assertThat(visible(robot, "23-11-2026 · Anna de Vries")).isTrue();
        assertThat(sentences(robot, "#partner-history")).contains("Onbekend voegde Huisartsenpraktijk De Linde toe");

        clickRow(robot, "Verloskundigenpraktijk Oost");
        FxWait.until("the other partner's history", () -> sentences(robot, "#partner-history").stream()
                .anyMatch(s -> s.contains("Verloskundigenpraktijk Oost")));
        assertThat(sentences(robot, "#partner-history")).noneMatch(s -> s.contains("De Linde"));
    }

    @Test
    void aLongHistoryShowsAPageAndOlderChangesOnAClick(FxRobot robot) {
        int page = nl.verbinder.service.HistoryService.PAGE;
        clickRow(robot, "Zwembad De Wetering");
        showTab(robot, "tab-history");
        FxWait.until("a page of the history", () -> sentences(robot, "#partner-history").size() == page);
        javafx.scene.control.Hyperlink older = robot.lookup("#partner-history-older")
                .queryAs(javafx.scene.control.Hyperlink.class);
        FxWait.until("older changes are offered", older::isVisible);
        assertThat(older.getText()).isEqualTo("Oudere wijzigingen tonen");

        robot.clickOn(older);

        FxWait.until("the older changes", () -> sentences(robot, "#partner-history").size() > page);
        assertThat(sentences(robot, "#partner-history").getLast()).isEqualTo("Onbekend voegde Zwembad De Wetering toe");
        FxWait.until("nothing older left", () -> !older.isVisible());
    }

    @Test
    @SuppressWarnings("unchecked")
    void recentChangesFromTheMenuFilterByWho(FxRobot robot) {
        robot.clickOn("Beeld").clickOn("Recente wijzigingen…");
        FxWait.until("the list is shown", () -> robot.lookup("#recent-changes").tryQuery().isPresent()
                && !sentences(robot, "#recent-changes").isEmpty());
        assertThat(sentences(robot, "#recent-changes")).hasSizeGreaterThan(5);

        ComboBox<RecentChangesViewModel.Who> who = robot.lookup("#changes-who").queryAs(ComboBox.class);
        // Chosen through the box's own selection: a click on a popup item also hits the
        // history's sentences that start with the same name.
        FxWait.until("Anna is offered", () -> who.getItems().stream().anyMatch(w -> w.label().equals("Anna de Vries")));
        robot.interact(() -> who.getSelectionModel().select(who.getItems().stream()
                .filter(w -> w.label().equals("Anna de Vries")).findFirst().orElseThrow()));
        FxWait.until("only Anna's changes", () -> sentences(robot, "#recent-changes").size() == 1);
        assertThat(sentences(robot, "#recent-changes"))
                .containsExactly("Anna de Vries zette de status van Huisartsenpraktijk De Linde van Actief op Slapend");
        robot.clickOn("Sluiten");
    }
}
