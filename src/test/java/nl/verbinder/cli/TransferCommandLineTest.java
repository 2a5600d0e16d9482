package nl.verbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.verbinder.service.transfer.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import, export, backup and restore commands, their output and exit codes, run in-process. */
class TransferCommandLineTest {

    @TempDir
    Path folder;

    private Path db;

    @BeforeEach
    void network() {
        db = folder.resolve("praktijk.db");
        ok("partner", "add", "--name", "Diëtistenpraktijk 't Hart", "--category", "diëtist", "--postcode", "3511ab",
                "--city", "Utrecht", "--email", "info@thart.example");
        ok("partner", "add", "--name", "Sportvereniging Hercules", "--category", "sports-club", "--status",
                "prospect", "--city", "Utrecht");
        ok("log", "--partner", "Hercules", "--kind", "phone", "--summary", "Kennismaking", "--date", "2026-11-02",
                "--follow-up", "Folder sturen", "--due", "2026-12-01");
    }

    @Test
    void exportPartnersForExcelWithFilterAndColumns() throws Exception {
        Path out = folder.resolve("partners.csv");

        CliRun run = ok("export", "partners", "--out", out.toString(), "--excel", "--status", "prospect",
                "--columns", "name,lastContact");

        assertThat(run.out()).contains("1 partner geëxporteerd naar " + out);
        assertThat(Files.readString(out, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFNaam;\"Laatste contact\"\r\n\"Sportvereniging Hercules\";\"02-11-2026\"\r\n");
    }

    @Test
    void exportPartnersNeedingAttention() throws Exception {
        Path out = folder.resolve("aandacht.csv");
        // Last contact 206 days ago, past the dietitian's 120-day rhythm; Hercules was called three weeks ago.
        ok("log", "--partner", "'t Hart", "--kind", "phone", "--summary", "Afstemming", "--date", "2026-05-01");

        ok("export", "partners", "--out", out.toString(), "--needs-attention", "--columns", "naam");

        assertThat(Files.readString(out)).isEqualTo("Naam\r\n\"Diëtistenpraktijk 't Hart\"\r\n");
    }

    @Test
    void unknownColumnIsRefusedWithTheKnownOnesAndNoFile() {
        Path out = folder.resolve("x.csv");

        CliRun run = CliRun.on(db, "export", "partners", "--out", out.toString(), "--columns", "name,kleur");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err()).contains("Kolommen: 'kleur' is geen kolom").contains("lastContact");
        assertThat(out).doesNotExist();
    }

    @Test
    void exportMomentsVcardAndIcs() throws Exception {
        ok("partner", "add", "--name", "Huisartsenpraktijk Yılmaz", "--category", "gp");
        Path moments = folder.resolve("momenten.csv");
        Path cards = folder.resolve("kaarten");
        Path ics = folder.resolve("vervolg.ics");

        assertThat(ok("export", "moments", "--out", moments.toString(), "--from", "01-11-2026", "--to",
                "2026-11-30").out()).contains("1 contactmoment geëxporteerd");
        assertThat(ok("export", "vcard", "--out", cards.toString(), "--version", "4", "--per-person").out())
                .contains("Geen contactpersonen").contains("vCard 4.0");
        assertThat(ok("export", "ics", "--out", ics.toString()).out()).contains("1 vervolgactie geëxporteerd");
        assertThat(Files.readString(moments)).contains("2026-11-02,\"Sportvereniging Hercules\",Telefoon");
        assertThat(Files.readString(ics)).contains("SUMMARY:Folder sturen (Sportvereniging Hercules)");

        CliRun wrong = CliRun.on(db, "export", "vcard", "--out", cards.toString(), "--version", "5");
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(wrong.err()).contains("'5' is geen vCard-versie");
    }

    @Test
    void dryRunPrintsTheReportAndWritesNothing() {
        Path file = Fixtures.copy("partners-nl-windows1252.csv", folder);

        CliRun run = ok("import", "partners", "--in", file.toString(), "--dry-run");

        assertThat(run.out())
                .contains("Windows-1252, scheidingsteken ;, 3 rijen")
                .contains("Rij 2: overslaan: Diëtistenpraktijk 't Hart, al aanwezig als partner Diëtistenpraktijk "
                        + "'t Hart (#1, zelfde naam en postcode)")
                .contains("Rij 3: nieuw: Café De Sportieve Zoë")
                .contains("Rij 4: nieuw: Bakkerij Brood & Zo")
                .contains("let op (kolom Categorie): categorie 'Bakkerij' ken ik niet; wordt Overig")
                .contains("Samenvatting per rij: 2 nieuw, 0 samengevoegd, 0 al aanwezig (niets nieuw), 1 overgeslagen, "
                        + "0 met fouten. Partners: 2 nieuw, 0 aangevuld.")
                .contains("Proefimport: er is niets opgeslagen.");
        assertThat(ok("partners").out()).contains("2 partners");
    }

    @Test
    void aBrokenFileIsRefusedWithExitCodeOneAndTheReportOnStderr() {
        Path file = Fixtures.copy("partners-broken.csv", folder);

        CliRun run = CliRun.on(db, "import", "partners", "--in", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains("Rij 2: fout, wordt niet geïmporteerd: Fysio Noord")
                .contains("fout (kolom E-mail): 'noord-at-example' is geen e-mailadres")
                .contains("Rij 3: fout, wordt niet geïmporteerd: (zonder naam)")
                .contains("fout (kolom Naam): de rij kan niet worden gelezen: een aanhalingsteken")
                .contains("Rij 4: fout")
                .contains("fout (kolom Naam): ontbreekt")
                .contains("Rij 6: fout")
                .contains("Niets geïmporteerd: 4 rijen hebben fouten.");
        assertThat(ok("partners").out()).contains("2 partners");

        CliRun skipping = ok("import", "partners", "--in", file.toString(), "--skip-invalid");
        assertThat(skipping.out()).contains("Geïmporteerd (import 1). Partners: 1 nieuw, 0 aangevuld.");
    }

    @Test
    void importMergeAndUndoLast() {
        Path file = Fixtures.copy("partners-nl-windows1252.csv", folder);
        CliRun imported = ok("import", "partners", "--in", file.toString(), "--duplicates", "merge");
        assertThat(imported.out()).contains("Rij 2: samenvoegen: Diëtistenpraktijk 't Hart met partner")
                .contains("Geïmporteerd (import 1). Partners: 2 nieuw, 1 aangevuld. Contactpersonen: 0 nieuw")
                .contains("verbinder import undo --last");

        CliRun undo = ok("import", "undo", "--last");

        assertThat(undo.out()).contains("Import 1 van 23-11-2026").contains("is ongedaan gemaakt. Verwijderd: "
                + "2 partners, 0 contactpersonen. Aanvullingen teruggedraaid: 1.");
        assertThat(ok("partners").out()).contains("2 partners");
        CliRun again = CliRun.on(db, "import", "undo", "--last");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(again.err()).contains("Er is geen import om ongedaan te maken.");
    }

    @Test
    void undoRefusedNamesTheChangedRecords() {
        Path file = Fixtures.copy("partners-tab.tsv", folder);
        ok("import", "partners", "--in", file.toString());
        ok("log", "--partner", "Spetter", "--kind", "email", "--summary", "Rooster gemaild");

        CliRun undo = CliRun.on(db, "--lang", "en", "import", "undo", "--last");

        assertThat(undo.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(undo.err()).contains("Import 1 (").contains("cannot be undone")
                .contains("partner Zwembad De Spetter (#3): has contact moments since");
    }

    @Test
    void linkedInAndVCardImports() {
        CliRun linkedIn = ok("import", "linkedin", "--in", Fixtures.copy("linkedin-connections.csv", folder)
                .toString());
        assertThat(linkedIn.out()).contains("Rij 5: bij partner Diëtistenpraktijk 't Hart (#1, zelfde naam): Anna 't Hart")
                .contains("Rij 7: overslaan: Sanne de Vries")
                .contains("geen bedrijf of organisatie: niet geïmporteerd")
                .contains("Nieuwe partners krijgen de categorie Overig");

        CliRun cards = ok("import", "vcard", "--in", Fixtures.copy("contacts-v3.vcf", folder).toString(),
                "--dry-run");
        assertThat(cards.out()).contains("(UTF-8, 2 kaarten)")
                .contains("Kaart 1: bij partner HUISARTSENPRAKTIJK YILMAZ (#3, zelfde naam): Mehmet Yılmaz "
                        + "(contactpersoon Mehmet Yılmaz bestaat al en wordt aangevuld: E-mail, Telefoon, Notities)")
                .contains("Kaart 2: overslaan: Sanne de Vries");
    }

    @Test
    void backupAndRestoreAsJsonAndAsDatabase() throws Exception {
        Path json = folder.resolve("reserve.json");
        Path copy = folder.resolve("reserve.db");
        assertThat(ok("backup", "--out", json.toString()).out()).contains("Reservekopie geschreven naar " + json)
                .contains("schemaversie " + nl.verbinder.store.sqlite.SqliteStore.latestSchemaVersion());
        ok("backup", "--out", copy.toString());

        Path fromJson = folder.resolve("uit-json.db");
        Path fromCopy = folder.resolve("uit-kopie.db");
        assertThat(CliRun.on(fromJson, "restore", "--in", json.toString()).out()).contains("teruggezet in");
        assertThat(CliRun.on(fromCopy, "restore", "--in", copy.toString()).exitCode()).isZero();

        String original = ok("partners", "--format", "json").out();
        assertThat(CliRun.on(fromJson, "partners", "--format", "json").out()).isEqualTo(original);
        assertThat(CliRun.on(fromCopy, "partners", "--format", "json").out()).isEqualTo(original);
        assertThat(Fixtures.dump(fromJson)).isEqualTo(Fixtures.dump(db));
    }

    @Test
    void restoreRefusesANonEmptyDatabase() throws Exception {
        Path json = folder.resolve("reserve.json");
        ok("backup", "--out", json.toString());

        CliRun run = CliRun.on(db, "restore", "--in", json.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err()).contains("bevat al gegevens").contains("Er is niets veranderd");
    }

    @Test
    void backupRefusesAnUnknownExtension() {
        CliRun run = CliRun.on(db, "backup", "--out", folder.resolve("reserve.zip").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err()).contains(".json").contains(".db");
    }

    @Test
    void helpOfTheNewCommandsInBothLanguages() {
        assertThat(CliRun.on(db, "--help").out()).contains("export").contains("import").contains("backup")
                .contains("restore");
        assertThat(CliRun.on(db, "import", "partners", "--help").out()).contains("--skip-invalid")
                .contains("Sla rijen met fouten over");
        assertThat(CliRun.on(db, "--lang", "en", "export", "vcard", "--help").out()).contains("--per-person")
                .contains("vCard version");
    }

    private CliRun ok(String... args) {
        CliRun run = CliRun.on(db, args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }
}
