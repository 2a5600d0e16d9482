package nl.verbinder.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerOverview;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.service.transfer.PartnerColumn;
import nl.verbinder.ui.AreasRobot;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class ImportWizardTest extends TransferTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aBadEmailBlocksTheImportUntilBadRowsAreSkippedThenOnlyTheGoodRowsLand(FxRobot robot) throws Exception {
        Path list = file("partners.csv", """
                Naam;Plaats;E-mail;Kleur
                Fysio Noord;Utrecht;info@fysionoord.example;blauw
                Yoga 't Hart;Zeist;geen-adres;groen
                Zorggroep Yılmaz;Houten;;rood
                """, StandardCharsets.UTF_8);
        files.then(list);

        menu(robot, "Bestand", "Importeren", "Partnerlijst (CSV)…");
        robot.clickOn(this.<Node>inDialog(robot, "#wizard-choose"));
        assertThat(textOf(robot, "#wizard-file-info")).isEqualTo("Gelezen als UTF-8, gescheiden door puntkomma, 3 rijen.");
        robot.clickOn(this.<Node>inDialog(robot, "#wizard-next"));

        assertThat(this.<ComboBox<PartnerColumn>>inDialog(robot, "#map-0").getValue()).isEqualTo(PartnerColumn.NAME);
        assertThat(this.<ComboBox<PartnerColumn>>inDialog(robot, "#map-2").getValue()).isEqualTo(PartnerColumn.EMAIL);
        assertThat(this.<ComboBox<PartnerColumn>>inDialog(robot, "#map-3").getValue()).isNull();
        robot.clickOn(this.<Node>inDialog(robot, "#wizard-next"));

        assertThat(problems(robot)).anySatisfy(p -> assertThat(p).startsWith("Fout in rij 3, kolom E-mail: "));
        assertThat(rows(robot).getItems()).extracting(PreviewRow::row, PreviewRow::actionText).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "Nieuw"), org.assertj.core.groups.Tuple.tuple(3, "Fout: niet geïmporteerd"),
                org.assertj.core.groups.Tuple.tuple(4, "Nieuw"));
        assertThat(this.<Node>inDialog(robot, "#wizard-import").isDisabled()).isTrue();
        assertThat(textOf(robot, "#wizard-blocked")).startsWith("Importeren kan niet: 1 rij heeft fouten");

        robot.clickOn(this.<Node>inDialog(robot, "#wizard-skip-invalid"));
        assertThat(this.<Node>inDialog(robot, "#wizard-blocked").isVisible()).isFalse();
        robot.clickOn(this.<Node>inDialog(robot, "#wizard-import"));

        assertThat(textOf(robot, "#wizard-summary")).startsWith(
                "Geïmporteerd uit partners.csv. Partners: 2 nieuw, 0 aangevuld.");
        assertThat(names()).contains("Fysio Noord", "Zorggroep Yılmaz").doesNotContain("Yoga 't Hart").hasSize(9);
        robot.clickOn(this.<Node>inDialog(robot, "#wizard-close"));
        assertThat(robot.lookup("#partner-table").queryAs(TableView.class).getItems()).hasSize(9);

        robot.clickOn(robot.lookup(".notification .button").match((Node n) -> n instanceof Button b
                && "Ongedaan maken".equals(b.getText())).queryAs(Node.class));
        assertThat(names()).hasSize(7).doesNotContain("Fysio Noord");
        assertThat(robot.lookup("#partner-table").queryAs(TableView.class).getItems()).hasSize(7);
        assertThat(notified(robot, "Import 1 (partners.csv) is ongedaan gemaakt.")).isTrue();
    }

    @Test
    void aDuplicateSetToMergeFillsInTheExistingPartner(FxRobot robot) throws Exception {
        Path list = file("linde.csv", """
                Name,Postcode,Website,Phone
                Huisartsenpraktijk De Linde,3511 AB,www.delinde.example,
                Nieuwe Partner,1234 AB,,
                """, StandardCharsets.UTF_8);
        files.then(list);

        menu(robot, "Bestand", "Importeren", "Partnerlijst (CSV)…");
        robot.clickOn(this.<Node>inDialog(robot, "#wizard-choose"));
        robot.clickOn(this.<Node>inDialog(robot, "#wizard-next"));
        robot.clickOn(this.<Node>inDialog(robot, "#wizard-next"));

        PreviewRow linde = rows(robot).getItems().getFirst();
        assertThat(linde.duplicate()).isTrue();
        assertThat(linde.actionText()).isEqualTo("Overslaan");
        assertThat(linde.match()).isEqualTo("Huisartsenpraktijk De Linde (bestaat al; zelfde naam en postcode)");
        robot.interact(() -> rows(robot).getSelectionModel().select(0));
        AreasRobot.choose(robot, "#wizard-row-choice", "Samenvoegen");
        assertThat(rows(robot).getItems().getFirst().actionText()).isEqualTo("Samenvoegen");
        robot.clickOn(this.<Node>inDialog(robot, "#wizard-import"));

        Partner merged = services().partners().get(sample.linde.id());
        assertThat(merged.website()).isEqualTo("https://www.delinde.example");
        assertThat(merged.phone()).isEqualTo("030-1234567");
        assertThat(names()).filteredOn(n -> n.startsWith("Huisartsenpraktijk De Linde")).hasSize(1);
        assertThat(names()).contains("Nieuwe Partner");
        assertThat(textOf(robot, "#wizard-summary")).startsWith(
                "Geïmporteerd uit linde.csv. Partners: 1 nieuw, 1 aangevuld.");
    }

    @Test
    void aFileWithoutANameColumnSaysToChooseOne(FxRobot robot) throws Exception {
        files.then(file("kolommen.csv", "Praktijk X;Plaats\nDe Brug;Utrecht\n", StandardCharsets.UTF_8));

        menu(robot, "Bestand", "Importeren", "Partnerlijst (CSV)…");
        robot.clickOn(this.<Node>inDialog(robot, "#wizard-choose"));
        robot.clickOn(this.<Node>inDialog(robot, "#wizard-next"));
        robot.clickOn(this.<Node>inDialog(robot, "#wizard-next"));

        assertThat(problems(robot)).anySatisfy(p -> assertThat(p).startsWith("Fout: Er is geen kolom voor de naam gekozen"));
        assertThat(this.<Node>inDialog(robot, "#wizard-import").isDisabled()).isTrue();

        robot.clickOn(this.<Node>inDialog(robot, "#wizard-back"));
        AreasRobot.choose(robot, "#map-0", "Naam");
        robot.clickOn(this.<Node>inDialog(robot, "#wizard-next"));
        assertThat(this.<Node>inDialog(robot, "#wizard-import").isDisabled()).isFalse();
        robot.clickOn(this.<Node>inDialog(robot, "#wizard-import"));
        assertThat(names()).contains("De Brug");
    }

    @Test
    void vCardsJoinTheirOrganisationWithoutAColumnStep(FxRobot robot) throws Exception {
        files.then(file("kaarten.vcf", """
                BEGIN:VCARD
                VERSION:3.0
                FN:Joost Smit
                ORG:Huisartsenpraktijk De Linde
                EMAIL:j.smit@delinde.example
                END:VCARD
                """, StandardCharsets.UTF_8));

        menu(robot, "Bestand", "Importeren", "Contactpersonen (vCard)…");
        robot.clickOn(this.<Node>inDialog(robot, "#wizard-choose"));
        assertThat(textOf(robot, "#wizard-file-info")).isEqualTo("Gelezen als UTF-8, 1 kaart.");
        robot.clickOn(this.<Node>inDialog(robot, "#wizard-next"));
        assertThat(rows(robot).getItems()).singleElement().satisfies(r -> assertThat(r.actionText()).isEqualTo("Samenvoegen"));
        robot.clickOn(this.<Node>inDialog(robot, "#wizard-import"));

        assertThat(services().contactPersons().forPartner(sample.linde.id())).extracting(p -> p.name())
                .contains("Joost Smit");
    }

    @Test
    void linkedInConnectionsSkipTheNotesAndReportPeopleWithoutACompany(FxRobot robot) throws Exception {
        files.then(file("Connections.csv", """
                Notes:
                "When exporting your connection data, you may notice that some of the email addresses are missing."

                First Name,Last Name,URL,Email Address,Company,Position,Connected On
                Sanne,de Wit,https://www.linkedin.com/in/sannedewit,,Huisartsenpraktijk De Linde,Praktijkmanager,01 Oct 2026
                Kees,Zonder,https://www.linkedin.com/in/kees,,,Zelfstandige,02 Oct 2026
                """, StandardCharsets.UTF_8));

        menu(robot, "Bestand", "Importeren", "LinkedIn-connecties (Connections.csv)…");
        robot.clickOn(this.<Node>inDialog(robot, "#wizard-choose"));
        robot.clickOn(this.<Node>inDialog(robot, "#wizard-next"));

        assertThat(rows(robot).getItems()).extracting(PreviewRow::actionText).containsExactly("Samenvoegen", "Overslaan");
        assertThat(problems(robot)).anySatisfy(p -> assertThat(p).contains("rij 6").contains("geen bedrijf"));
        robot.clickOn(this.<Node>inDialog(robot, "#wizard-import"));

        assertThat(services().contactPersons().forPartner(sample.linde.id())).extracting(p -> p.name())
                .contains("Sanne de Wit");
    }

    @SuppressWarnings("unchecked")
    private TableView<PreviewRow> rows(FxRobot robot) {
        return inDialog(robot, "#wizard-rows");
    }

    private List<String> problems(FxRobot robot) {
        return List.copyOf(this.<ListView<String>>inDialog(robot, "#wizard-problems").getItems());
    }

    private List<String> names() {
        return services().partners().list(PartnerQuery.all()).stream().map(PartnerOverview::partner).map(Partner::name)
                .toList();
    }
}
