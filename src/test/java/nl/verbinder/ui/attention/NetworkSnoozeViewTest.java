package nl.verbinder.ui.attention;

import static nl.verbinder.testutil.NetworkBuilder.aNetwork;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.verbinder.domain.attention.AttentionFilter;
import nl.verbinder.domain.networks.PracticeNetwork;
import nl.verbinder.testutil.TestDatabase;
import nl.verbinder.ui.AreaTestBase;
import nl.verbinder.ui.FxWait;
import nl.verbinder.ui.WindowFixture;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A network on the attention list is snoozed from Aandacht, as a partner is. */
class NetworkSnoozeViewTest extends AreaTestBase {

    private static final LocalDate TODAY = TestDatabase.TODAY;

    private PracticeNetwork network;

    @Start
    void start(Stage stage) {
        // Added eight months ago and never reviewed: its review is due.
        try (TestDatabase earlier = TestDatabase.in(folder, TestDatabase.fixedClock(TODAY.minusMonths(8)))) {
            network = earlier.services().practiceNetworks().create(aNetwork().named("Valpreventie Oost").build());
        }
        fixture = WindowFixture.in(folder, stage);
        fixture.show();
    }

    @Test
    void snoozingANetworkPutsItAwayForTwoWeeks(FxRobot robot) {
        robot.clickOn("#area-attention");
        String snooze = "#attention-network-snooze-" + network.id();
        FxWait.until("the network is on the list", () -> robot.lookup(snooze).tryQuery().isPresent());

        robot.clickOn(snooze);
        FxWait.until("the snooze dialog is open", () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.targetWindow(robot.lookup(".dialog-pane").query().getScene().getWindow());
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);

        FxWait.until("the network is snoozed", () -> services().attention().overview(TODAY, AttentionFilter.all())
                .snoozedNetworks().size() == 1);
        assertThat(services().attention().overview(TODAY, AttentionFilter.all()).snoozedNetworks().getFirst()
                .snooze().until()).isEqualTo(TODAY.plusDays(SnoozeEditor.DEFAULT_DAYS));
        FxWait.until("the network left the list", () -> robot.lookup(snooze).tryQuery().isEmpty());
    }
}
