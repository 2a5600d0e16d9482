package nl.verbinder.ui.attention;

import static nl.verbinder.testutil.TestDatabase.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.verbinder.domain.attention.AttentionFilter;
import nl.verbinder.domain.attention.AttentionItem;
import nl.verbinder.service.GeneratorService;
import nl.verbinder.ui.AreaTestBase;
import nl.verbinder.ui.WindowFixture;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Aandacht at a large practice's size: thousands of items, a handful of cells. */
class AttentionScaleTest extends AreaTestBase {

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.in(folder, stage);
        fixture.services().generator().generate(new GeneratorService.Spec(6_000, 60_000, 3, TODAY));
        fixture.show();
    }

    @Test
    void thousandsOfItemsAreListedInScoreOrderWithOnlyTheVisibleCellsBuilt(FxRobot robot) {
        robot.clickOn("#area-attention");

        List<AttentionItem> engine = fixture.services().attention().overview(TODAY, AttentionFilter.all()).items();
        assertThat(engine).hasSizeGreaterThan(2_500);
        assertThat(rows(robot)).extracting(r -> r.item().partnerId())
                .containsExactlyElementsOf(engine.stream().map(AttentionItem::partnerId).toList());
        assertThat(robot.lookup("#attention-list .list-cell").queryAllAs(ListCell.class)).hasSizeLessThan(60);

        robot.clickOn(robot.lookup("#attention-list .list-cell").queryAllAs(ListCell.class).iterator().next());
        robot.push(KeyCode.END);
        assertThat(robot.lookup("#attention-list").queryAs(ListView.class).getSelectionModel().getSelectedIndex())
                .isEqualTo(engine.size() - 1);
        assertThat(robot.lookup("#attention-list .list-cell").queryAllAs(ListCell.class)).hasSizeLessThan(60);
    }

    @SuppressWarnings("unchecked")
    private static List<AttentionRow> rows(FxRobot robot) {
        return robot.lookup("#attention-list").queryAs(ListView.class).getItems();
    }
}
