package nl.verbinder.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import nl.verbinder.domain.PartnerQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The import as the app runs it, in the background, cancelled while it runs. */
class CancelImportTest extends TransferTestBase {

    private final HeldTaskRunner tasks = new HeldTaskRunner();

    @Start
    void start(Stage stage) {
        open(stage, tasks);
    }

    @AfterEach
    void stop() {
        tasks.shutdown();
    }

    @Test
    void cancellingAnImportWhileItRunsWritesNothing(FxRobot robot) throws Exception {
        StringBuilder csv = new StringBuilder("Naam;Plaats;E-mail\n");
        for (int i = 1; i <= 2000; i++) {
            csv.append("Partner ").append(i).append(";Utrecht;info").append(i).append("@partner.example\n");
        }
        files.then(file("groot.csv", csv.toString(), StandardCharsets.UTF_8));
        idle();

        menu(robot, "Bestand", "Importeren", "Partnerlijst (CSV)…");
        robot.clickOn(this.<Node>inDialog(robot, "#wizard-choose"));
        idle();
        robot.clickOn(this.<Node>inDialog(robot, "#wizard-next"));
        idle();
        robot.clickOn(this.<Node>inDialog(robot, "#wizard-next"));
        idle();
        assertThat(textOf(robot, "#wizard-counts")).startsWith("Wat er gebeurt: 2.000 nieuw");

        tasks.holdNext();
        robot.clickOn(this.<Node>inDialog(robot, "#wizard-import"));
        Button cancel = inDialog(robot, "#wizard-close");
        assertThat(cancel.getText()).isEqualTo("Annuleren");
        robot.clickOn(cancel);
        tasks.release();
        idle();

        assertThat(textOf(robot, "#wizard-summary")).isEqualTo("Afgebroken; er is niets (half) opgeslagen.");
        assertThat(fixture.services().partners().count(PartnerQuery.all())).isEqualTo(7);
        assertThat(fixture.services().imports().history()).isEmpty();
        assertThat(this.<Node>inDialog(robot, "#wizard-back").isDisabled()).isFalse();
        assertThat(cancel.getText()).isEqualTo("Sluiten");
    }

    /** Waits until the background thread has nothing left and the FX thread has shown the results. */
    private void idle() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !tasks.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(200);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !tasks.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
