package nl.verbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.verbinder.service.transfer.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the import commands say about a file: its header, an empty or binary file, rows already there, every row. */
class ImportMessagesCommandLineTest {

    @TempDir
    Path folder;

    private Path db;

    @BeforeEach
    void database() {
        db = folder.resolve("praktijk.db");
        ok("partner", "add", "--name", "Diëtistenpraktijk 't Hart", "--category", "diëtist", "--postcode", "3511ab");
    }

    @Test
    void aRealImportListsEveryRowAsItsDryRunDoes() {
        Path file = Fixtures.copy("partners-nl-windows1252.csv", folder);

        CliRun dry = ok("import", "partners", "--in", file.toString(), "--dry-run");
        CliRun real = ok("import", "partners", "--in", file.toString());

        List<String> dryRows = rowLines(dry.out());
        assertThat(dryRows).hasSize(4).contains("Rij 3: nieuw: Café De Sportieve Zoë");
        assertThat(rowLines(real.out())).isEqualTo(dryRows);
    }

    @Test
    void aTitleAboveTheHeaderIsPassedOverAndTheHeaderRowCanBeGiven() {
        Path titled = write("titel.csv", "Partnerlijst Praktijk Oost;;\n\nNaam;Plaats;Categorie\n"
                + "Huisartsenpraktijk Oost;Utrecht;huisarts\n");
        Path unknown = write("onbekend.csv", "Overzicht 2026;;\nPraktijk;Woonplaats;Soort organisatie\n"
                + "Sportclub Hercules;Utrecht;sportvereniging\n");

        assertThat(ok("import", "partners", "--in", titled.toString()).out())
                .contains("Rij 4: nieuw: Huisartsenpraktijk Oost");
        assertThat(ok("import", "partners", "--in", unknown.toString(), "--header-row", "2").out())
                .contains("Rij 3: nieuw: Sportclub Hercules");

        CliRun zero = CliRun.on(db, "import", "partners", "--in", unknown.toString(), "--header-row", "0");
        assertThat(zero.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(zero.err()).contains("--header-row 0 bestaat niet: rijen tellen vanaf 1.");

        CliRun wrong = CliRun.on(db, "import", "partners", "--in", unknown.toString(), "--header-row", "1",
                "--map", "Overzicht 2026=name");
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(wrong.err()).contains("rij 2 is een kopregel (Praktijk, Woonplaats, Soort organisatie), geen partner");
        assertThat(ok("partners").out()).doesNotContain("Praktijk ").contains("Sportclub Hercules");
    }

    @Test
    void withoutANameColumnTheAdviceIsOneThatWorks() {
        Path file = write("kolommen.csv", "Zorgaanbieder;Woonplaats\nHuisartsenpraktijk Oost;Utrecht\n");

        CliRun refused = CliRun.on(db, "import", "partners", "--in", file.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(refused.err()).contains("--map \"Zorgaanbieder=name\"");

        assertThat(ok("import", "partners", "--in", file.toString(), "--map", "Zorgaanbieder=name").out())
                .contains("Rij 2: nieuw: Huisartsenpraktijk Oost");
    }

    @Test
    void anEmptyFileIsEmptyAndABinaryFileIsNoText() throws Exception {
        Path empty = write("leeg.csv", "");
        Path binary = Files.write(folder.resolve("lijst.xlsx"), new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0});

        CliRun emptyNl = CliRun.on(db, "import", "partners", "--in", empty.toString());
        CliRun emptyEn = CliRun.on(db, "--lang", "en", "import", "linkedin", "--in", empty.toString());
        CliRun binaryNl = CliRun.on(db, "import", "vcard", "--in", binary.toString());

        assertThat(emptyNl.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(emptyNl.err()).contains("Het bestand is leeg").doesNotContain("Rij 0").doesNotContain("zonder naam");
        assertThat(emptyEn.err()).contains("The file is empty");
        assertThat(binaryNl.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(binaryNl.err()).contains("Dit is geen tekstbestand").doesNotContain("PK");
    }

    @Test
    void importingTheSameLinkedInFileAgainSaysAlreadyThereNothingNew() {
        Path file = Fixtures.copy("linkedin-connections.csv", folder);
        CliRun first = ok("import", "linkedin", "--in", file.toString());
        assertThat(first.out()).contains("Contactpersonen: 4 nieuw, 0 aangevuld.");

        CliRun again = ok("import", "linkedin", "--in", file.toString());

        assertThat(again.out())
                .contains("Rij 5: al aanwezig, niets nieuw: Anna 't Hart (partner Diëtistenpraktijk 't Hart")
                .contains("0 samengevoegd, 4 al aanwezig (niets nieuw)")
                .contains("Contactpersonen: 0 nieuw, 0 aangevuld.")
                .contains("Alles was al aanwezig (4 rijen), niets nieuw; er is niets veranderd.")
                .doesNotContain("wordt aangevuld");
    }

    @Test
    void namesakesWithOtherEmailAddressesAreBothKeptAndTheCountsAgree() {
        Path file = write("kaarten.vcf", card("Jan de Vries", "j.devries@oost.example")
                + card("Jan de Vries", "jan@oost.example"));

        CliRun run = ok("import", "vcard", "--in", file.toString());

        assertThat(run.out()).contains("er is al een contactpersoon Jan de Vries met e-mailadres j.devries@oost.example; "
                + "met jan@oost.example is dit iemand anders en wordt apart toegevoegd")
                .contains("Partners: 1 nieuw, 0 aangevuld. Contactpersonen: 2 nieuw, 0 aangevuld.\n")
                .contains("Partners: 1 nieuw, 0 aangevuld. Contactpersonen: 2 nieuw, 0 aangevuld.\nOngedaan");
    }

    @Test
    void restoreRefusesABackupWithFewerRowsNamingTheTable() throws Exception {
        Path backup = folder.resolve("reserve.json");
        ok("backup", "--out", backup.toString());
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var json = mapper.readTree(backup.toFile());
        for (var table : json.get("tables")) {
            if (table.get("name").asText().equals("partner")) {
                // The partner table's one row goes; its stated count stays.
                ((com.fasterxml.jackson.databind.node.ArrayNode) table.get("rows")).removeAll();
            }
        }
        Path cut = folder.resolve("minder.json");
        mapper.writeValue(cut.toFile(), json);

        CliRun run = CliRun.on(folder.resolve("nieuw.db"), "restore", "--in", cut.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err()).contains("tabel 'partner' heeft 0 rijen, maar de kopie noemt er 1");
    }

    private static String card(String name, String email) {
        return "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + name + "\r\nORG:Huisartsen Oost\r\nEMAIL:" + email
                + "\r\nEND:VCARD\r\n";
    }

    private static List<String> rowLines(String out) {
        return out.lines().filter(l -> l.startsWith("Rij ") || l.startsWith("  ")).toList();
    }

    private Path write(String name, String text) {
        return Fixtures.write(folder.resolve(name), text, StandardCharsets.UTF_8, false);
    }

    private CliRun ok(String... args) {
        CliRun run = CliRun.on(db, args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }
}
