package nl.verbinder.ui.partners;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import nl.verbinder.domain.PersonalData;
import nl.verbinder.i18n.Messages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The inzage's export buttons: the window's Persoonsgegevens… dialog writes the readable PDF and the
 * JSON of the person, and says where. The save dialog is replaced by a file in the test's folder
 * (the dialog's {@code ExportTarget}); everything else is the real dialog over the real window.
 */
class PersonalDataExportTest extends PartnersTestBase {

    private final List<String> suggested = new ArrayList<>();

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void thePdfAndJsonButtonsWriteTheInzageAndSayWhere(FxRobot robot) throws Exception {
        var context = fixture.window().context();
        PersonalData data = services().personalData().gather(sample.marieke.id());
        Inzage inzage = new Inzage(data, services().personalData().historySentences(data, Messages.dutch()));
        Path exports = Files.createDirectories(folder.resolve("exports"));
        robot.interact(() -> {
            PersonalDataDialog dialog = new PersonalDataDialog(context, inzage, (name, extension) -> {
                suggested.add(name);
                return Optional.of(exports.resolve(name));
            });
            dialog.initOwner(robot.listWindows().getFirst());
            dialog.show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#person-data-pdf").tryQuery().isPresent());

        robot.clickOn("#person-data-pdf");
        Path pdf = exports.resolve("Marieke Jansen.pdf");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(pdf)
                && visibleStartingWith(robot, "Alles over Marieke Jansen is geschreven naar"));
        robot.clickOn("#person-data-json");
        Path json = exports.resolve("Marieke Jansen.json");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(json));

        assertThat(suggested).containsExactly("Marieke Jansen.pdf", "Marieke Jansen.json");
        try (var document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Persoonsgegevens van Marieke Jansen",
                    "Huisartsenpraktijk De Linde");
        }
        var read = new ObjectMapper().readTree(json.toFile());
        assertThat(read.get("person").get("name").asText()).isEqualTo("Marieke Jansen");
        assertThat(read.get("partnerName").asText()).isEqualTo("Huisartsenpraktijk De Linde");
    }
}
