package nl.verbinder.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.verbinder.ui.AreasRobot;
import nl.verbinder.ui.form.CheckOption;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class ExportTest extends TransferTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void exportsExactlyThePartnersTheFilteredTableShowsForADutchExcel(FxRobot robot) throws Exception {
        AreasRobot.choose(robot, "#filter-category", "Huisarts");
        Path target = folder.resolve("huisartsen.csv");
        files.then(target);

        robot.clickOn("#partner-search");
        robot.push(KeyCode.CONTROL, KeyCode.E);
        assertThat(textOf(robot, "#export-partners-what")).isEqualTo(
                "Met de zoekopdracht en filters van de partnerlijst: 2 partners.");
        robot.clickOn(this.<Node>inDialog(robot, "#export-profile-0")); // Excel (NL), the first choice
        robot.clickOn(this.<Node>inDialog(robot, "#transfer-start"));

        byte[] bytes = Files.readAllBytes(target);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.getFirst()).startsWith("Naam;Categorie;Status;");
        assertThat(lines.subList(1, lines.size())).hasSize(2).allSatisfy(line -> assertThat(line).contains(";Huisarts;"));
        assertThat(String.join("\n", lines)).contains("\"Huisartsenpraktijk De Linde\";")
                .contains("Coöperatieve Vereniging Samenwerkende Huisartsen")
                .doesNotContain("Zwembad De Wetering");
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(notified(robot, "2 partners geëxporteerd naar huisartsen.csv.")).isTrue();
    }

    @Test
    void theStandardProfileWritesCommasWithoutAByteOrderMarkAndOnlyTheTickedColumns(FxRobot robot) throws Exception {
        Path target = folder.resolve("alle.csv");
        files.then(target);

        menu(robot, "Bestand", "Exporteren", "Partners (CSV)…");
        assertThat(textOf(robot, "#export-partners-what")).startsWith("Alle partners: 7 partners.");
        robot.clickOn(this.<Node>inDialog(robot, "#export-profile-1"));
        untick(robot, "Categorie", "Status", "Adres", "Postcode", "Plaats", "Telefoon", "E-mail", "Website", "Eigenaar",
                "Labels", "Laatste contact");
        robot.clickOn(this.<Node>inDialog(robot, "#transfer-start"));

        String text = Files.readString(target, StandardCharsets.UTF_8);
        assertThat(text).doesNotStartWith("\uFEFF");
        assertThat(List.of(text.split("\r\n"))).hasSize(8).first().isEqualTo("Naam");
        assertThat(text).contains("\"Gemeente Utrecht, afdeling Volksgezondheid\"");
    }

    @Test
    void nothingCanBeExportedWithoutAColumn(FxRobot robot) {
        menu(robot, "Bestand", "Exporteren", "Partners (CSV)…");
        untick(robot, "Naam", "Categorie", "Status", "Adres", "Postcode", "Plaats", "Telefoon", "E-mail", "Website",
                "Eigenaar", "Labels", "Laatste contact");

        assertThat(this.<Node>inDialog(robot, "#transfer-start").isDisabled()).isTrue();
        robot.clickOn(this.<Node>inDialog(robot, "#transfer-cancel"));
        assertThat(files.asked()).isEmpty();
    }

    @Test
    void aBackupAsJsonLandsInTheChosenFile(FxRobot robot) throws Exception {
        Path target = folder.resolve("reservekopie");
        files.then(target);

        menu(robot, "Bestand", "Reservekopie maken…");
        robot.clickOn(this.<Node>inDialog(robot, "#transfer-start"));

        Path written = folder.resolve("reservekopie.json");
        assertThat(Files.readString(written)).contains("\"format\"").contains("Huisartsenpraktijk De Linde");
        assertThat(files.asked()).singleElement().asString().endsWith("verbinder-reservekopie-2026-11-23.json");
    }

    @Test
    void momentsOfAPeriodGoToCsvWithNames(FxRobot robot) throws Exception {
        Path target = folder.resolve("november.csv");
        files.then(target);

        menu(robot, "Bestand", "Exporteren", "Contactmomenten (CSV)…");
        robot.clickOn(this.<Node>inDialog(robot, "#export-from"));
        robot.targetWindow(this.<Node>inDialog(robot, "#export-from").getScene().getWindow());
        robot.write("01-11-2026");
        robot.clickOn(this.<Node>inDialog(robot, "#transfer-start"));

        List<String> lines = List.of(Files.readString(target, StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("\"16-11-2026\";\"Huisartsenpraktijk De Linde\";Telefoon;");
        assertThat(notified(robot, "1 contactmoment geëxporteerd naar november.csv.")).isTrue();
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedInTheDialog(FxRobot robot) {
        files.then(folder.resolve("nooit.csv"));

        menu(robot, "Bestand", "Exporteren", "Contactmomenten (CSV)…");
        robot.clickOn(this.<Node>inDialog(robot, "#export-from"));
        robot.targetWindow(this.<Node>inDialog(robot, "#export-from").getScene().getWindow());
        robot.write("01-11-2026");
        robot.clickOn(this.<Node>inDialog(robot, "#export-to"));
        robot.write("01-10-2026");
        robot.clickOn(this.<Node>inDialog(robot, "#transfer-start"));

        assertThat(textOf(robot, "#transfer-status")).contains("de einddatum").contains("vóór de begindatum");
        assertThat(Files.exists(folder.resolve("nooit.csv"))).isFalse();
    }

    @Test
    void contactPersonsGoOneFilePerPersonIntoAFolder(FxRobot robot) throws Exception {
        Path target = folder.resolve("kaarten");
        files.then(target);

        menu(robot, "Bestand", "Exporteren", "Contactpersonen (vCard)…");
        robot.clickOn(this.<Node>inDialog(robot, "#export-vcard-files-1"));
        robot.clickOn(this.<Node>inDialog(robot, "#transfer-start"));

        try (java.util.stream.Stream<Path> cards = Files.list(target)) {
            assertThat(cards.map(p -> p.getFileName().toString()).sorted().toList()).hasSize(2)
                    .allSatisfy(name -> assertThat(name).endsWith(".vcf"));
        }
        assertThat(notified(robot,
                "2 contactpersonen geëxporteerd naar de map kaarten, één bestand per persoon.")).isTrue();
    }

    @Test
    void openFollowUpsGoToACalendarFileAsAllDayEventsOrAsTasks(FxRobot robot) throws Exception {
        Path events = folder.resolve("vervolgacties.ics");
        files.then(events);

        menu(robot, "Bestand", "Exporteren", "Openstaande vervolgacties (agenda, .ics)…");
        robot.clickOn(this.<Node>inDialog(robot, "#transfer-start"));

        String calendar = Files.readString(events, StandardCharsets.UTF_8);
        String due = nl.verbinder.testutil.TestDatabase.TODAY.minusDays(20).toString().replace("-", "");
        assertThat(calendar).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT")
                .contains("DTSTART;VALUE=DATE:" + due).contains("Flyer sturen").contains("Huisartsenpraktijk De Linde")
                .doesNotContain("BEGIN:VTODO");
        assertThat(notified(robot, "1 vervolgactie geëxporteerd naar vervolgacties.ics.")).isTrue();
        assertThat(files.asked()).singleElement().asString().endsWith("/ vervolgacties.ics");

        Path tasks = folder.resolve("taken.ics");
        files.then(tasks);
        menu(robot, "Bestand", "Exporteren", "Openstaande vervolgacties (agenda, .ics)…");
        robot.clickOn(this.<Node>inDialog(robot, "#export-calendar-style-1"));
        robot.clickOn(this.<Node>inDialog(robot, "#transfer-start"));

        assertThat(Files.readString(tasks, StandardCharsets.UTF_8)).contains("BEGIN:VTODO").contains("Flyer sturen")
                .doesNotContain("BEGIN:VEVENT");
    }

    /** Unticks columns as a user does by keyboard: move to the column in the list, press Space. */
    private void untick(FxRobot robot, String... labels) {
        ListView<CheckOption> list = inDialog(robot, "#export-columns");
        robot.targetWindow(list.getScene().getWindow());
        for (String label : labels) {
            int index = list.getItems().indexOf(list.getItems().stream().filter(o -> o.label().equals(label))
                    .findFirst().orElseThrow());
            robot.interact(() -> {
                list.requestFocus();
                list.scrollTo(index);
                list.getFocusModel().focus(index);
            });
            robot.push(KeyCode.SPACE);
            assertThat(list.getItems().get(index).isChosen()).as(label).isFalse();
        }
    }
}
