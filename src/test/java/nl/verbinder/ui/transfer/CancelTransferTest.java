package nl.verbinder.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.ui.FxWait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Imports and exports as the app runs them, in the background, cancelled while they run. */
class CancelTransferTest extends TransferTestBase {

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

    @Test
    void cancellingAnExportWhileItRunsLeavesNoFileBehind(FxRobot robot) throws Exception {
        Path target = folder.resolve("partners.csv");
        files.then(target);
        idle();

        menu(robot, "Bestand", "Exporteren", "Partners (CSV)…");
        idle();
        tasks.holdNext();
        robot.clickOn(this.<Node>inDialog(robot, "#transfer-start"));
        assertThat(this.<Node>inDialog(robot, "#transfer-progress").isVisible()).isTrue();
        robot.clickOn(this.<Node>inDialog(robot, "#transfer-cancel"));
        tasks.release();
        idle();

        assertThat(textOf(robot, "#transfer-status")).isEqualTo("Afgebroken; er is niets (half) opgeslagen.");
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains("partners.csv"));
        }
        assertThat(this.<Node>inDialog(robot, "#transfer-start").isDisabled()).isFalse();
    }

    /** Waits until the background thread has nothing left and the FX thread has shown the results. */
    private void idle() {
        FxWait.idle(tasks);
    }
}
