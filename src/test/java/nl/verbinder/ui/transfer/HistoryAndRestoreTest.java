package nl.verbinder.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.service.transfer.imports.ColumnMapping;
import nl.verbinder.service.transfer.imports.CsvTable;
import nl.verbinder.service.transfer.imports.ImportOptions;
import nl.verbinder.service.transfer.imports.ImportResult;
import nl.verbinder.ui.AreasRobot;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class HistoryAndRestoreTest extends TransferTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void undoFromTheHistoryRemovesWhatTheImportCreated(FxRobot robot) throws Exception {
        importTwoPartners();
        assertThat(partnerCount()).isEqualTo(9);

        menu(robot, "Bestand", "Importgeschiedenis…");
        HistoryRow row = history(robot).getItems().getFirst();
        assertThat(row.file()).isEqualTo("nieuw.csv");
        assertThat(row.source()).isEqualTo("Partnerlijst (CSV)");
        assertThat(row.created()).isEqualTo("2 partners, 0 contactpersonen");
        assertThat(row.state()).isEqualTo("Geïmporteerd");
        robot.clickOn(this.<Node>inDialog(robot, "#history-undo"));
        AreasRobot.pressInDialog(robot, "Ja, ongedaan maken");

        assertThat(partnerCount()).isEqualTo(7);
        assertThat(history(robot).getItems().getFirst().state()).startsWith("Ongedaan gemaakt op ");
        assertThat(textOf(robot, "#history-message")).isEqualTo("Import 1 (nieuw.csv) is ongedaan gemaakt.");
        assertThat(this.<Node>inDialog(robot, "#history-undo").isDisabled()).isTrue();
        AreasRobot.pressInDialog(robot, "Sluiten");
        assertThat(robot.lookup("#partner-table").queryAs(TableView.class).getItems()).hasSize(7);
    }

    @Test
    void aRefusedUndoSaysWhichRecordChangedAndKeepsEverything(FxRobot robot) throws Exception {
        importTwoPartners();
        Partner noord = services().partners().resolve("Fysio Noord");
        services().partners().update(noord.toBuilder().city("Bilthoven").build());

        menu(robot, "Bestand", "Importgeschiedenis…");
        robot.clickOn(this.<Node>inDialog(robot, "#history-undo"));
        AreasRobot.pressInDialog(robot, "Ja, ongedaan maken");

        assertThat(textOf(robot, "#history-message"))
                .startsWith("Import 1 (")
                .contains("kan niet ongedaan worden gemaakt")
                .contains("Fysio Noord (#" + noord.id() + "): is sindsdien gewijzigd");
        assertThat(partnerCount()).isEqualTo(9);
    }

    @Test
    void restoringIntoANewFileGivesTheSamePartnersAndOpensIt(FxRobot robot) {
        Path backup = folder.resolve("kopie.json");
        services().backups().backUp(backup, Progress.none());
        Path target = folder.resolve("hersteld.db");
        files.then(backup).then(target);

        menu(robot, "Bestand", "Herstellen uit back-up…");
        assertThat(textOf(robot, "#restore-what")).contains("kopie.json").contains("hersteld.db");
        robot.clickOn(this.<Node>inDialog(robot, "#transfer-start"));
        AreasRobot.pressInDialog(robot, "Openen");

        assertThat(fixture.window().services().location()).isEqualTo(target);
        assertThat(fixture.window().services().partners().count(PartnerQuery.all())).isEqualTo(7);
        assertThat(robot.lookup("#partner-table").queryAs(TableView.class).getItems()).hasSize(7);
    }

    @Test
    void restoringIntoAFileWithDataIsRefusedAndChangesNothing(FxRobot robot) throws Exception {
        Path backup = folder.resolve("kopie.db");
        services().backups().backUp(backup, Progress.none());
        Path full = services().location();
        files.then(backup).then(full);

        menu(robot, "Bestand", "Herstellen uit back-up…");
        robot.clickOn(this.<Node>inDialog(robot, "#transfer-start"));

        assertThat(textOf(robot, "#transfer-status")).isEqualTo("De database " + full
                + " bevat al gegevens. Een reservekopie wordt alleen in een lege database teruggezet; kies een nieuw"
                + " bestand. Er is niets veranderd.");
        assertThat(partnerCount()).isEqualTo(7);
        assertThat(Files.exists(full)).isTrue();
        AreasRobot.pressInDialog(robot, "Annuleren");
        assertThat(fixture.window().services().location()).isEqualTo(full);
    }

    private void importTwoPartners() throws Exception {
        Path list = file("nieuw.csv", "Naam;Plaats\nFysio Noord;Utrecht\nZorggroep Yılmaz;Houten\n", StandardCharsets.UTF_8);
        CsvTable table = services().imports().readPartnerList(list);
        ImportResult result = services().imports().run(services().imports().planPartnerList(table,
                ColumnMapping.suggest(table), ImportOptions.defaults(), Progress.none()), Progress.none());
        assertThat(result.partnersCreated()).isEqualTo(2);
    }

    private int partnerCount() {
        return services().partners().count(PartnerQuery.all());
    }

    @SuppressWarnings("unchecked")
    private TableView<HistoryRow> history(FxRobot robot) {
        return inDialog(robot, "#history-table");
    }
}
