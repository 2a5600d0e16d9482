package nl.verbinder.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The import wizard and an export speak the user's language: here English. */
class InEnglishTest extends TransferTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theWizardReportsProblemsAndTheExportItsResultInEnglish(FxRobot robot) throws Exception {
        robot.clickOn("Beeld").clickOn("English");
        Path list = file("partners.csv", "Name,City,Email\nPhysio North,Utrecht,no-address\nCafé 't Hart,Zeist,\n",
                Charset.forName("windows-1252"));
        files.then(list);

        menu(robot, "File", "Import", "Partner list (CSV)…");
        robot.clickOn(this.<Node>inDialog(robot, "#wizard-choose"));
        assertThat(textOf(robot, "#wizard-file-info")).isEqualTo("Read as Windows-1252, separated by comma, 2 rows.");
        robot.clickOn(this.<Node>inDialog(robot, "#wizard-next"));
        robot.clickOn(this.<Node>inDialog(robot, "#wizard-next"));

        List<String> problems = List.copyOf(this.<ListView<String>>inDialog(robot, "#wizard-problems").getItems());
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("Error in row 2, column Email: "));
        assertThat(textOf(robot, "#wizard-blocked")).startsWith("Cannot import: 1 row has errors");
        robot.clickOn(this.<Node>inDialog(robot, "#wizard-skip-invalid"));
        robot.clickOn(this.<Node>inDialog(robot, "#wizard-import"));
        assertThat(textOf(robot, "#wizard-summary")).startsWith("Imported from partners.csv. Partners: 1 new, 0 filled in.");
        robot.clickOn(this.<Node>inDialog(robot, "#wizard-close"));

        Path target = folder.resolve("export.csv");
        files.then(target);
        menu(robot, "File", "Export", "Partners (CSV)…");
        robot.clickOn(this.<Node>inDialog(robot, "#transfer-start"));
        assertThat(notified(robot, "8 partners exported to export.csv.")).isTrue();
        assertThat(Files.readString(target)).contains("Café 't Hart");
    }
}
