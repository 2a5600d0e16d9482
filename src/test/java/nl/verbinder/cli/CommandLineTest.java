package nl.verbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.List;
import java.nio.file.Path;
import java.util.Map;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path folder;

    private Path db() {
        return folder.resolve("praktijk.db");
    }

    @Test
    void initCreatesDatabaseAndPrintsPathAndVersion() {
        CliRun run = CliRun.on(db(), "init");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(db().toString()).contains("Schemaversie:");
        assertThat(db()).exists();
    }

    @Test
    void initSpeaksEnglishOnRequest() {
        CliRun run = CliRun.on(db(), "--lang", "en", "init");

        assertThat(run.out()).contains("Schema version:");
    }

    @Test
    void partnerAddPrintsNewIdAndStoresNormalisedFields() throws Exception {
        CliRun add = CliRun.on(db(), "partner", "add", "--name", "Diëtistenpraktijk 't Hart", "--category", "Diëtist",
                "--postcode", "3511ab", "--city", "Utrecht", "--email", "info@thart.example", "--phone", "030-1234567",
                "--cadence-days", "60");

        assertThat(add.exitCode()).isZero();
        assertThat(add.out().strip()).isEqualTo("1");
        JsonNode partner = json(CliRun.on(db(), "partners", "--format", "json").out()).get(0);
        assertThat(partner.get("id").asLong()).isEqualTo(1);
        assertThat(partner.get("name").asText()).isEqualTo("Diëtistenpraktijk 't Hart");
        assertThat(partner.get("category").asText()).isEqualTo("dietitian");
        assertThat(partner.get("status").asText()).isEqualTo("active");
        assertThat(partner.get("postcode").asText()).isEqualTo("3511 AB");
        assertThat(partner.get("cadenceDays").asInt()).isEqualTo(60);
        assertThat(partner.get("lastContact").isNull()).isTrue();
        assertThat(partner.has("tags")).isTrue();
        assertThat(partner.has("owner")).isTrue();
    }

    @Test
    void invalidPartnerIsRefusedWithEveryFieldNamedAndNothingWritten() {
        CliRun run = CliRun.on(db(), "partner", "add", "--name", "Sportschool Fit", "--category", "sportschool",
                "--postcode", "12", "--email", "fit-at-example", "--cadence-days", "0");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err())
                .contains("Postcode: '12' is geen Nederlandse postcode")
                .contains("E-mail: 'fit-at-example' is geen e-mailadres")
                .contains("Contactritme (dagen)")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(CliRun.on(db(), "partners", "--format", "json").out().strip()).isEqualTo("[ ]");
    }

    @Test
    void unknownCategoryIsWrongUsageInEnglishWithTheKnownCategoriesInEnglish() {
        CliRun run = CliRun.on(db(), "--lang", "en", "partner", "add", "--name", "X", "--category", "bakery");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Category: 'bakery' is not known").contains("sports club, school")
                .doesNotContain("Huisarts");
    }

    @Test
    void categoriesAndKindsAreAcceptedInEitherLanguageAnyCaseWithoutAccents() {
        assertThat(CliRun.on(db(), "partner", "add", "--name", "A", "--category", "DIETIST").exitCode()).isZero();
        assertThat(CliRun.on(db(), "partner", "add", "--name", "B", "--category", "sports club").exitCode()).isZero();
        assertThat(CliRun.on(db(), "partner", "add", "--name", "C", "--category", "Huisarts").exitCode()).isZero();
        assertThat(CliRun.on(db(), "log", "--partner", "A", "--kind", "Persoonlijk", "--summary", "x").exitCode()).isZero();
        assertThat(CliRun.on(db(), "log", "--partner", "B", "--kind", "E-MAIL", "--summary", "x").exitCode()).isZero();
        assertThat(CliRun.on(db(), "log", "--partner", "C", "--kind", "event", "--summary", "x").exitCode()).isZero();

        CliRun dietitians = CliRun.on(db(), "partners", "--category", "dietitian", "--format", "csv");
        assertThat(dietitians.out().lines()).hasSize(2);
    }

    @Test
    void logRecordsMomentWithFollowUpAndTherapist() throws Exception {
        CliRun.on(db(), "partner", "add", "--name", "Huisartsenpraktijk De Linde", "--category", "gp");

        CliRun log = CliRun.on(db(), "log", "--partner", "de linde", "--date", "2026-11-20", "--kind", "phone",
                "--summary", "Kennismaking", "--given", "Workshop valpreventie", "--asked", "Verwijzingen",
                "--follow-up", "Folder sturen", "--due", "2026-12-01");

        assertThat(log.exitCode()).isZero();
        assertThat(log.out()).contains("Huisartsenpraktijk De Linde").contains("20-11-2026");
        JsonNode partner = json(CliRun.on(db(), "partners", "--format", "json").out()).get(0);
        assertThat(partner.get("lastContact").asText()).isEqualTo("2026-11-20");
    }

    @Test
    void logWithUnknownTherapistIsRefusedAndWritesNothing() throws Exception {
        CliRun.on(db(), "partner", "add", "--name", "Zwembad De Spetter", "--category", "zwembad");

        CliRun log = CliRun.on(db(), "log", "--partner", "Spetter", "--kind", "phone", "--summary", "x", "--by", "Piet");

        assertThat(log.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(log.err()).contains("Piet");
        assertThat(json(CliRun.on(db(), "partners", "--format", "json").out()).get(0).get("lastContact").isNull())
                .isTrue();
    }

    @Test
    void ambiguousPartnerNameListsTheCandidates() {
        CliRun.on(db(), "partner", "add", "--name", "Fysio Noord", "--category", "other");
        CliRun.on(db(), "partner", "add", "--name", "Fysio Zuid", "--category", "other");

        CliRun log = CliRun.on(db(), "log", "--partner", "fysio", "--kind", "phone", "--summary", "x");

        assertThat(log.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(log.err()).contains("Fysio Noord (#1)").contains("Fysio Zuid (#2)");
    }

    @Test
    void unknownPartnerNameIsRefused() {
        CliRun log = CliRun.on(db(), "log", "--partner", "Nergens", "--kind", "phone", "--summary", "x");

        assertThat(log.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(log.err()).contains("geen partner gevonden voor 'Nergens'");
    }

    @Test
    void impossibleDateIsRefusedWithTheField() {
        CliRun.on(db(), "partner", "add", "--name", "School De Regenboog", "--category", "school");

        CliRun log = CliRun.on(db(), "log", "--partner", "Regenboog", "--date", "2026-02-30", "--kind", "phone",
                "--summary", "x");

        assertThat(log.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(log.err()).contains("Datum: '2026-02-30' is geen datum");
    }

    @Test
    void partnersFiltersBySearchStatusAndCategory() {
        CliRun.on(db(), "partner", "add", "--name", "Gemeente Utrecht", "--category", "gemeente", "--city", "Utrecht");
        CliRun.on(db(), "partner", "add", "--name", "Sportvereniging Hercules", "--category", "sports-club",
                "--status", "prospect", "--city", "Utrecht");
        CliRun.on(db(), "partner", "add", "--name", "Zorgverzekeraar Zilveren", "--category", "health-insurer",
                "--city", "Zeist");

        assertThat(CliRun.on(db(), "partners", "--search", "utrecht").out()).contains("Gemeente Utrecht")
                .contains("Hercules").doesNotContain("Zilveren").contains("2 partners");
        assertThat(CliRun.on(db(), "partners", "--status", "prospect").out()).contains("Hercules")
                .doesNotContain("Gemeente Utrecht");
        assertThat(CliRun.on(db(), "partners", "--category", "health-insurer,municipality").out())
                .contains("Zilveren").contains("Gemeente Utrecht").doesNotContain("Hercules");
    }

    @Test
    void csvOutputHasHeaderAndQuotesAndNeutralisesFormulas() {
        CliRun.on(db(), "partner", "add", "--name", "=cmd|' /C calc'!A0", "--category", "other", "--notes", "a");
        CliRun.on(db(), "partner", "add", "--name", "Vereniging \"Samen\", Amersfoort", "--category", "welfare");

        String csv = CliRun.on(db(), "partners", "--format", "csv").out();

        assertThat(csv.lines().findFirst()).hasValue(
                "id,name,category,status,street,postcode,city,phone,email,website,cadenceDays,trust,owner,tags,lastContact");
        assertThat(csv).contains("\"'=cmd|' /C calc'!A0\"").contains("\"Vereniging \"\"Samen\"\", Amersfoort\"");
    }

    @Test
    void unknownOptionIsWrongUsageWithExitCodeTwo() {
        CliRun run = CliRun.on(db(), "partners", "--colour", "blue");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Onbekende optie of opdracht: --colour").contains("--help");
    }

    @Test
    void missingRequiredOptionIsWrongUsage() {
        CliRun run = CliRun.on(db(), "log", "--partner", "x");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--kind").contains("--summary");
    }

    @Test
    void helpIsDutchByDefaultAndEnglishOnRequest() {
        assertThat(CliRun.on(db(), "--help").out()).contains("Opdrachten:").contains("Leg een contactmoment");
        assertThat(CliRun.on(db(), "--lang", "en", "--help").out()).contains("Commands:")
                .contains("Log a contact moment");
    }

    @Test
    void aGroupWithoutItsSubcommandShowsItsHelpAsWrongUsage() {
        for (String group : List.of("export", "import", "partner", "person", "therapist")) {
            CliRun run = CliRun.on(db(), group);

            assertThat(run.exitCode()).as(group).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).as(group).contains("verbinder " + group);
        }
    }

    @Test
    void developerCommandsAreLeftOutOfTheMainHelpButStillWork() {
        String help = CliRun.on(db(), "--help").out();

        assertThat(help).doesNotContainPattern("(?m)^\\s+bench\\b").doesNotContainPattern("(?m)^\\s+generate\\b")
                .doesNotContainPattern("(?m)^\\s+screenshots\\b").contains("Voor ontwikkelaars");
        assertThat(CliRun.on(db(), "bench", "--help").exitCode()).isEqualTo(ExitCodes.DONE);
        assertThat(CliRun.on(db(), "partners", "--help").out()).doesNotContain("Voor ontwikkelaars");
    }

    @Test
    void fileThatIsNoDatabaseIsRefusedAndLeftAlone() throws Exception {
        Files.writeString(db(), "Naam;Plaats\nDe Linde;Utrecht\n");
        byte[] before = Files.readAllBytes(db());

        CliRun run = CliRun.on(db(), "partners");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err()).contains("is geen databasebestand").contains(db().toString());
        assertThat(Files.readAllBytes(db())).isEqualTo(before);
    }

    @Test
    void databaseVariableChoosesTheFile() {
        Path chosen = folder.resolve("elders.db");

        CliRun run = CliRun.withArgs(TestDatabase.fixedClock(TestDatabase.TODAY),
                Map.of("VERBINDER_DB", chosen.toString()), "init");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(chosen.toString());
        assertThat(chosen).exists();
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }
}
