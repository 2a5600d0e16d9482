package nl.verbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.i18n.Messages;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, the command line as a newcomer meets it: which database a command may make, exit
 * codes by one rule, messages in the user's language without raw texts, plurals, duplicates,
 * implausible dates, bench's counts, therapists and the hints' command form.
 */
class CliMessagesTest {

    @TempDir
    Path folder;

    private Path db() {
        return folder.resolve("praktijk.db");
    }

    private CliRun raw(String... args) {
        return CliRun.withArgs(TestDatabase.fixedClock(TestDatabase.TODAY), Map.of(), args);
    }

    private CliRun rawOn(Path database, String... args) {
        List<String> all = new ArrayList<>(List.of("--db", database.toString()));
        all.addAll(List.of(args));
        return raw(all.toArray(String[]::new));
    }

    // --- Setting up: a database is made only by init (and the commands that fill a new file) ---

    @Test
    void aMistypedDbIsRefusedAndNoFileOrFolderIsMade() {
        Path typo = folder.resolve("typo").resolve("praktjik.db");

        CliRun run = rawOn(typo, "partners");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err()).contains("Database bestaat niet: " + typo + " (maak er een met init)");
        assertThat(folder.resolve("typo")).doesNotExist();
    }

    @Test
    void everyReadingOrWritingCommandRefusesAMissingDb() {
        for (String[] args : List.of(new String[] {"attention"}, new String[] {"log", "--partner", "1", "--kind",
                "phone", "--summary", "x"}, new String[] {"therapist", "list"},
                new String[] {"partner", "add", "--name", "X", "--category", "gp"})) {
            CliRun run = rawOn(db(), args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.REFUSED);
            assertThat(run.err()).contains("Database bestaat niet");
        }
        assertThat(db()).doesNotExist();
    }

    @Test
    void initMakesTheDatabaseWithItsFolders() {
        Path nested = folder.resolve("praktijk").resolve("verbinder.db");

        assertThat(rawOn(nested, "init").exitCode()).isZero();
        assertThat(nested).exists();
        assertThat(rawOn(nested, "partners").exitCode()).isZero();
    }

    @Test
    void aRefusedGenerateLeavesNoFileBehind() {
        CliRun run = rawOn(folder.resolve("nieuw").resolve("groot.db"), "generate", "--partners", "-1",
                "--moments", "0");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("Verkeerd gebruik").contains("Partners:");
        assertThat(folder.resolve("nieuw")).doesNotExist();
    }

    @Test
    void aRefusedRestoreLeavesNoFileBehind() throws Exception {
        Path backup = folder.resolve("kapot.json");
        Files.writeString(backup, "{\"dit\": \"is geen reservekopie\"}");
        Path target = folder.resolve("terug").resolve("verbinder.db");

        CliRun run = rawOn(target, "restore", "--in", backup.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err()).doesNotContain("Exception");
        assertThat(folder.resolve("terug")).doesNotExist();
    }

    @Test
    void aSuccessfulGenerateMakesTheFileItWasAskedFor() {
        Path big = folder.resolve("groot.db");

        CliRun run = rawOn(big, "generate", "--partners", "1", "--moments", "0");

        assertThat(run.exitCode()).isZero();
        assertThat(big).exists();
        assertThat(run.out()).contains("1 partner,").doesNotContain("1 partners");
    }

    @Test
    void aFolderAsDbSaysItIsAFolder() {
        CliRun run = rawOn(folder, "partners");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err()).contains("is een map").doesNotContain("Is a directory");
    }

    // --- Exit codes by one rule ---

    @Test
    void unreadableValuesAreWrongUsageWhicheverParserFindsThem() {
        CliRun.on(db(), "init");

        assertThat(CliRun.on(db(), "screenshots", "--out", folder.toString(), "--theme", "purple").exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.on(db(), "export", "vcard", "--out", folder.resolve("a.vcf").toString(), "--version", "5")
                .exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.on(db(), "report", "--quarter", "2026Q5", "--out", folder.resolve("r.pdf").toString())
                .exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.on(db(), "partners", "--category", "bakker").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.on(db(), "partners", "--format", "xml").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(folder.resolve("r.pdf")).doesNotExist();
    }

    @Test
    void snoozeUntilAndOffTogetherAreRefused() {
        CliRun.on(db(), "partner", "add", "--name", "Huisarts Oost", "--category", "gp");

        CliRun run = CliRun.on(db(), "snooze", "--partner", "Huisarts Oost", "--until", "2026-12-31", "--off");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--until en --off gaan niet samen");
    }

    @Test
    void anUnknownLanguageIsRefusedWithTheAllowedOnes() {
        CliRun german = CliRun.on(db(), "--lang", "de", "partners");
        CliRun empty = CliRun.on(db(), "--lang", "", "partners");

        assertThat(german.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(german.err()).contains("Taal 'de' ken ik niet; kies nl (Nederlands) of en (Engels)");
        assertThat(empty.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(empty.err()).contains("kies nl");
        assertThat(CliRun.on(db(), "partners", "--lang", "de").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.on(db(), "--lang", "en", "partners").exitCode()).isZero();
    }

    // --- Messages: the user's language, no raw texts ---

    @Test
    void aReadOnlyCommandWithABadValueDoesNotSayNotSavedAndListsDutchCategories() {
        CliRun run = CliRun.on(db(), "partners", "--category", "bakker");

        assertThat(run.err()).doesNotStartWith("Niet opgeslagen").doesNotContain("Niet opgeslagen")
                .contains("'bakker' ken ik niet")
                .contains("huisarts, verloskundige, diëtist")
                .doesNotContain("sports-club");
    }

    @Test
    void aReadOnlyRefusalDoesNotSayNotSaved() {
        CliRun run = CliRun.on(db(), "partners", "--owner", "Niemand");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err()).startsWith("Dat kan niet").contains("Eigenaar").doesNotContain("Niet opgeslagen");
    }

    @Test
    void picocliValueErrorsAreSaidInTheUsersLanguage() {
        CliRun number = CliRun.on(db(), "generate", "--partners", "veel", "--moments", "0");
        CliRun format = CliRun.on(db(), "--lang", "en", "partners", "--format", "xml");

        assertThat(number.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(number.err()).contains("Ongeldige waarde voor --partners: 'veel'; dat is geen geheel getal")
                .doesNotContain("Invalid value").doesNotContain("is not an int");
        assertThat(format.err()).contains("Invalid value for --format: 'xml'; choose from table, csv, json")
                .doesNotContain("expected one of");
    }

    @Test
    void fileAndStorageProblemsAreSaidWithTheReason() {
        Messages nl = Messages.dutch();

        assertThat(Cli.fileProblem(nl, new AccessDeniedException("/data/x.db")))
                .isEqualTo("Geen toegang tot /data/x.db: Verbinder mag dit bestand of deze map niet lezen of schrijven."
                        + " Er is niets opgeslagen.");
        assertThat(Cli.fileProblem(nl, new FileSystemException("/data", null, "Is a directory")))
                .isEqualTo("/data is een map, geen bestand; geef een bestandsnaam.");
        assertThat(Cli.describe(nl, new VerbinderException("error.storage",
                "[SQLITE_READONLY] Attempt to write a readonly database (attempt to write a readonly database)"), false))
                .contains("alleen-lezen / geen toegang").doesNotContain("SQLITE");
        assertThat(Cli.describe(nl, new VerbinderException("error.storage",
                "[SQLITE_CONSTRAINT_CHECK] A CHECK constraint failed (CHECK constraint failed: trust)"), false))
                .doesNotContain("CHECK").contains("regels");
    }

    @Test
    void aRefusalWrappedOnItsWayUpIsStillSaidAsARefusalNotAsItsKey() {
        CliRun.on(db(), "init");
        Path notThere = folder.resolve("bestaat-niet.json");

        CliRun run = CliRun.on(db(), "restore", "--in", notThere.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err()).doesNotContain("error.").doesNotContain("NoSuchFile").doesNotContain("Exception");
    }

    // --- Plurals ---

    @Test
    void countsSayOneAndMoreRight() {
        Messages nl = Messages.dutch();
        Messages en = Messages.english();

        assertThat(nl.count("count.rows", 1)).isEqualTo("1 rij");
        assertThat(nl.count("count.rows", 2)).isEqualTo("2 rijen");
        assertThat(nl.count("count.cards", 1)).isEqualTo("1 kaart");
        assertThat(nl.count("count.partners", 1)).isEqualTo("1 partner");
        assertThat(en.count("count.partners", 1)).isEqualTo("1 partner");
        assertThat(en.count("count.partners", 1200)).isEqualTo("1200 partners");
        assertThat(nl.count("insights.report.attention-count", 1)).startsWith("1 partner vroeg aandacht");
        assertThat(nl.count("insights.report.attention-count", 3)).startsWith("3 partners vroegen aandacht");
    }

    @Test
    void anImportOfOneRowAndItsUndoSayOneRowAndOnePartner() throws Exception {
        Path csv = folder.resolve("een.csv");
        Files.writeString(csv, "Naam,Categorie,Plaats\nHuisarts Oost,huisarts,Utrecht\n", StandardCharsets.UTF_8);

        CliRun imported = CliRun.on(db(), "import", "partners", "--in", csv.toString());
        CliRun undone = CliRun.on(db(), "import", "undo", "--last");

        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).contains("1 rij)").doesNotContain("1 rijen");
        assertThat(undone.exitCode()).isZero();
        assertThat(undone.out()).contains("Verwijderd: 1 partner, 0 contactpersonen")
                .doesNotContain("1 partners");
    }

    // --- partner add: the import's duplicate check, --force ---

    @Test
    void addingAPartnerLikeAnExistingOneIsRefusedWithItsNameUnlessForced() throws Exception {
        CliRun.on(db(), "partner", "add", "--name", "Huisartsenpraktijk Oost", "--category", "gp",
                "--postcode", "3511 AB", "--email", "info@oost.example");

        CliRun sameNameAndPostcode = CliRun.on(db(), "partner", "add", "--name", "huisartsenpraktijk oost",
                "--category", "gp", "--postcode", "3511ab");
        CliRun sameEmail = CliRun.on(db(), "partner", "add", "--name", "HAP Oost", "--category", "gp",
                "--email", "INFO@oost.example");
        CliRun forced = CliRun.on(db(), "partner", "add", "--name", "Huisartsenpraktijk Oost", "--category", "gp",
                "--postcode", "3511 AB", "--force");

        assertThat(sameNameAndPostcode.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(sameNameAndPostcode.err()).contains("Huisartsenpraktijk Oost (#1, zelfde naam en postcode)")
                .contains("--force");
        assertThat(sameEmail.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(sameEmail.err()).contains("#1, zelfde e-mailadres");
        assertThat(forced.exitCode()).isZero();
        JsonNode partners = new ObjectMapper().readTree(CliRun.on(db(), "partners", "--format", "json").out());
        assertThat(partners).hasSize(2);
    }

    // --- log: implausible dates ---

    @Test
    void aMomentBefore1970IsRefusedWithTheField() {
        CliRun.on(db(), "partner", "add", "--name", "School De Regenboog", "--category", "school");

        CliRun run = CliRun.on(db(), "log", "--partner", "Regenboog", "--date", "0001-01-01", "--kind", "phone",
                "--summary", "x");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err()).contains("Datum: 01-01-0001 ligt vóór 01-01-1970; klopt het jaartal?");
    }

    // --- bench: counts and the ratio ---

    @Test
    void benchRefusesCountsBelowOneBeforeOpeningAnything() {
        CliRun zero = rawOn(db(), "bench", "--runs", "0", "--no-first-frame");
        CliRun negative = rawOn(db(), "bench", "--warmups", "-3", "--partners", "-1", "--no-first-frame");

        assertThat(zero.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(zero.err()).contains("Metingen (--runs): moet minstens 1 zijn").doesNotContain("Index");
        assertThat(negative.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(negative.err()).contains("Opwarmrondes (--warmups): moet minstens 0 zijn").contains("Partners: moet minstens 1");
        assertThat(db()).doesNotExist();
    }

    @Test
    void aRatioOverNothingIsADashNotInfinity() {
        assertThat(BenchCommand.ratio(3.0, 0.0)).isEqualTo("—");
        assertThat(BenchCommand.ratio(3.0, 2.0)).isEqualTo("1.50");
    }

    // --- export partners --needs-attention: one meaning ---

    @Test
    void needsAttentionExportsTodaysAttentionListAndItsHelpSaysSo() throws Exception {
        CliRun.on(db(), "demo");
        Path out = folder.resolve("aandacht.csv");

        CliRun export = CliRun.on(db(), "export", "partners", "--needs-attention", "--columns", "name",
                "--out", out.toString());
        JsonNode attention = new ObjectMapper().readTree(CliRun.on(db(), "attention", "--format", "json").out());
        CliRun help = CliRun.on(db(), "export", "partners", "--help");

        assertThat(export.exitCode()).isZero();
        Set<String> listed = new TreeSet<>();
        attention.get("partners").forEach(p -> listed.add(p.get("partner").asText()));
        Set<String> exported = new TreeSet<>(Files.readAllLines(out, StandardCharsets.UTF_8).stream().skip(1)
                .map(line -> line.replace("\"", "").replace("\uFEFF", "")).toList());
        assertThat(exported).isNotEmpty().isEqualTo(listed);
        assertThat(help.out()).contains("aandachtslijst van vandaag").doesNotContain("dan hun ritme");
    }

    // --- therapists ---

    @Test
    void therapistsAreAddedListedAndDeactivated() {
        CliRun added = CliRun.on(db(), "therapist", "add", "--name", "Sanne Jansen", "--role", "praktijkhouder");
        CliRun.on(db(), "therapist", "add", "--name", "Bram de Wit");
        CliRun again = CliRun.on(db(), "therapist", "add", "--name", "sanne jansen");
        CliRun owned = CliRun.on(db(), "partner", "add", "--name", "Huisarts Oost", "--category", "gp",
                "--owner", "Sanne Jansen");
        CliRun deactivated = CliRun.on(db(), "therapist", "deactivate", "Bram de Wit");
        CliRun list = CliRun.on(db(), "therapist", "list");

        assertThat(added.exitCode()).isZero();
        assertThat(added.out().strip()).isEqualTo("1");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(again.err()).contains("er is al een therapeut met de naam");
        assertThat(owned.exitCode()).isZero();
        assertThat(deactivated.out()).contains("Bram de Wit is nu niet actief.");
        assertThat(list.out()).contains("Sanne Jansen").contains("Praktijkhouder").contains("Bram de Wit")
                .contains("nee").contains("2 therapeuten");
        assertThat(CliRun.on(db(), "partners", "--owner", "Sanne").exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(CliRun.on(db(), "partners", "--owner", "Sanne Jansen").out()).contains("Huisarts Oost");
    }

    @Test
    void anOwnerWithoutTherapistsPointsToTherapistAdd() {
        CliRun run = CliRun.on(db(), "partner", "add", "--name", "Huisarts Oost", "--category", "gp",
                "--owner", "Sanne Jansen");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err()).contains("er zijn nog geen therapeuten; voeg ze toe met therapist add")
                .doesNotContain("onder Praktijk");
    }

    @Test
    void anImportedOwnerIsKeptOnceTheTherapistExists() throws Exception {
        CliRun.on(db(), "therapist", "add", "--name", "Sanne Jansen");
        Path csv = folder.resolve("eigenaar.csv");
        Files.writeString(csv, "Naam,Categorie,Eigenaar\nHuisarts Oost,huisarts,Sanne Jansen\n", StandardCharsets.UTF_8);

        CliRun.on(db(), "import", "partners", "--in", csv.toString());

        JsonNode partner = new ObjectMapper().readTree(CliRun.on(db(), "partners", "--format", "json").out()).get(0);
        assertThat(partner.get("owner").asText()).isEqualTo("Sanne Jansen");
    }

    // --- hints use the command the user ran ---

    @Test
    void hintsNameTheCommandTheUserRan() throws Exception {
        Path csv = folder.resolve("een.csv");
        Files.writeString(csv, "Naam,Categorie\nHuisarts Oost,huisarts\n", StandardCharsets.UTF_8);
        CliRun.on(db(), "init");
        Map<String, String> launcher = Map.of("VERBINDER_COMMAND", "./verbinder");

        CliRun imported = CliRun.withArgs(TestDatabase.fixedClock(TestDatabase.TODAY), launcher,
                "--db", db().toString(), "import", "partners", "--in", csv.toString());
        CliRun wrong = CliRun.withArgs(TestDatabase.fixedClock(TestDatabase.TODAY), launcher,
                "--db", db().toString(), "partners", "--kleur", "rood");

        assertThat(imported.out()).contains("Ongedaan maken: ./verbinder import undo --last")
                .doesNotContain(": verbinder import");
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(wrong.err()).contains("Zie './verbinder partners --help' voor hulp.");
    }

    @Test
    void withoutTheLauncherAJarIsNamedAsJavaDashJar() {
        assertThat(Cli.invokedAs(Map.of("VERBINDER_COMMAND", "verbinder.cmd"))).isEqualTo("verbinder.cmd");
        // Run from the build's classes (no jar): the README's launcher.
        assertThat(Cli.invokedAs(Map.of())).isEqualTo("./verbinder");
    }
}
