package nl.verbinder.ui.attention;

import static nl.verbinder.testutil.TestDatabase.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.verbinder.domain.attention.AttentionFilter;
import nl.verbinder.domain.attention.AttentionItem;
import nl.verbinder.service.demo.GeneratorService;
import nl.verbinder.testutil.TestDatabase;
import nl.verbinder.ui.WindowFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Aandacht at a large practice's size: thousands of items, a handful of cells. */
@ExtendWith(ApplicationExtension.class)
class AttentionScaleTest {

    @TempDir
    static Path folder;

    private WindowFixture fixture;

    /**
     * Generates the practice before TestFX sets up the window: in {@code @Start} it ran on the
     * FX thread inside TestFX's setup time limit, which a loaded machine overran.
     */
    @BeforeAll
    static void aLargePractice() {
        try (TestDatabase database = TestDatabase.in(folder)) {
            database.services().generator().generate(new GeneratorService.Spec(6_000, 60_000, 3, TODAY));
        }
    }

    @Start
    void start(Stage stage) {
        fixture = WindowFixture.in(folder, stage);
        fixture.show();
    }

    @AfterEach
    void close() {
        fixture.close();
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
