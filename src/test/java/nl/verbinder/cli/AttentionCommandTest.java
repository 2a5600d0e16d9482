package nl.verbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code attention}, {@code snooze}, {@code generate} and {@code attention settings} commands, in-process. */
class AttentionCommandTest {

    @TempDir
    Path folder;

    private Path db() {
        return folder.resolve("praktijk.db");
    }

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    private static JsonNode partner(JsonNode doc, String name) {
        for (JsonNode item : doc.get("partners")) {
            if (item.get("partner").asText().equals(name)) {
                return item;
            }
        }
        throw new AssertionError(name + " not on the list: " + doc);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @BeforeEach
    void practice() {
        assertThat(CliRun.on(db(), "partner", "add", "--name", "Huisartsenpraktijk De Linde", "--category", "huisarts")
                .exitCode()).isZero();
        assertThat(CliRun.on(db(), "partner", "add", "--name", "Sportschool Fit", "--category", "gym").exitCode())
                .isZero();
        assertThat(CliRun.on(db(), "log", "--partner", "De Linde", "--kind", "telefoon", "--summary", "Overleg",
                "--date", "2026-11-13").exitCode()).isZero();
        assertThat(CliRun.on(db(), "log", "--partner", "Fit", "--kind", "email", "--summary", "Vraag",
                "--date", "2026-11-20", "--follow-up", "Folder sturen", "--due", "2026-12-01").exitCode()).isZero();
    }

    @Test
    void jsonHasExactlyTheIssuesShape() throws Exception {
        CliRun run = CliRun.on(db(), "attention", "--today", "2027-04-05", "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode doc = json(run.out());
        assertThat(fieldNames(doc)).containsExactly("today", "partners", "practice", "networks");
        assertThat(doc.get("today").asText()).isEqualTo("2027-04-05");
        assertThat(doc.get("partners").get(0).get("score").asInt())
                .as("most urgent first").isGreaterThanOrEqualTo(doc.get("partners").get(1).get("score").asInt());
        JsonNode first = partner(doc, "Huisartsenpraktijk De Linde");
        assertThat(fieldNames(first)).containsExactly("partnerId", "partner", "category", "owner", "score",
                "lastContact", "daysSinceContact", "rhythmDays", "reasons");
        assertThat(first.get("partner").asText()).isEqualTo("Huisartsenpraktijk De Linde");
        assertThat(first.get("category").asText()).isEqualTo("gp");
        assertThat(first.get("owner").isNull()).isTrue();
        assertThat(first.get("lastContact").asText()).isEqualTo("2026-11-13");
        assertThat(first.get("daysSinceContact").asInt()).isEqualTo(143);
        assertThat(first.get("rhythmDays").asInt()).isEqualTo(90);
        assertThat(first.get("score").asInt()).isPositive();
        JsonNode reason = first.get("reasons").get(0);
        assertThat(fieldNames(reason)).containsExactly("code", "message");
        assertThat(reason.get("code").asText()).isEqualTo("OVERDUE");
        assertThat(reason.get("message").asText()).isEqualTo("laatste contact 143 dagen geleden, ritme 90 dagen");
        JsonNode hint = doc.get("practice").get(0);
        assertThat(fieldNames(hint)).containsExactly("code", "message");
        assertThat(hint.get("code").asText()).isEqualTo("MISSING_FINANCIER");
    }

    @Test
    void todayMakesEveryRuleComputeAsOfThatDay() throws Exception {
        JsonNode early = json(CliRun.on(db(), "attention", "--today", "2026-11-23", "--format", "json").out());
        JsonNode later = json(CliRun.on(db(), "attention", "--today", "2026-12-05", "--format", "json").out());

        assertThat(early.get("partners")).isEmpty();
        assertThat(later.get("partners")).hasSize(1);
        assertThat(later.get("partners").get(0).get("reasons").get(0).get("code").asText())
                .isEqualTo("FOLLOW_UP_OVERDUE");
        assertThat(json(CliRun.on(db(), "attention", "--today", "2026-12-05", "--format", "json").out()))
                .as("the same day gives the same answer").isEqualTo(later);
    }

    @Test
    void messagesSpeakEnglishOnRequest() throws Exception {
        JsonNode doc = json(CliRun.on(db(), "--lang", "en", "attention", "--today", "2027-04-05", "--format", "json")
                .out());

        assertThat(partner(doc, "Huisartsenpraktijk De Linde").get("reasons").get(0).get("message").asText())
                .isEqualTo("last contact 143 days ago, rhythm 90 days");
    }

    @Test
    void filtersByReason() throws Exception {
        JsonNode doc = json(CliRun.on(db(), "attention", "--today", "2027-04-05", "--reason", "follow-up-overdue",
                "--format", "json").out());

        assertThat(doc.get("partners")).hasSize(1);
        assertThat(doc.get("partners").get(0).get("partner").asText()).isEqualTo("Sportschool Fit");
    }

    @Test
    void tableShowsTheReasonsCountsAndHints() {
        CliRun run = CliRun.on(db(), "attention", "--today", "2027-04-05");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Aandacht op 05-04-2027")
                .contains("laatste contact 143 dagen geleden, ritme 90 dagen")
                .contains("2 relaties getoond; 2 in de hele praktijk, 0 opzijgezet.")
                .contains("Per eigenaar: zonder eigenaar 2")
                .contains("! Geen zorgverzekeraar of gemeente");
    }

    @Test
    void unknownOwnerIsRefusedWithExitCodeOneAndUnreadableValuesAreWrongUsageWithTwo() {
        CliRun badDate = CliRun.on(db(), "attention", "--today", "2027-13-45");
        assertThat(badDate.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badDate.err()).contains("Vandaag").contains("2027-13-45").doesNotContain("Exception");

        CliRun badReason = CliRun.on(db(), "attention", "--reason", "BORED");
        assertThat(badReason.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badReason.err()).contains("Reden").contains("BORED").doesNotContain("Niet opgeslagen");

        assertThat(CliRun.on(db(), "attention", "--format", "xml").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.on(db(), "attention", "--owner", "Niemand").exitCode()).isEqualTo(ExitCodes.REFUSED);
    }

    @Test
    void snoozePutsAnItemAwayAndOffBringsItBack() throws Exception {
        CliRun snooze = CliRun.on(db(), "snooze", "--partner", "De Linde", "--until", "2027-05-01", "--note",
                "Na de zomer", "--today", "2027-04-05");
        assertThat(snooze.exitCode()).isZero();
        assertThat(snooze.out()).contains("Huisartsenpraktijk De Linde staat opzij tot en met 01-05-2027.");

        JsonNode during = json(CliRun.on(db(), "attention", "--today", "2027-04-05", "--format", "json").out());
        assertThat(during.get("partners").findValuesAsText("partner")).containsExactly("Sportschool Fit");
        JsonNode after = json(CliRun.on(db(), "attention", "--today", "2027-05-02", "--format", "json").out());
        assertThat(after.get("partners").findValuesAsText("partner")).contains("Huisartsenpraktijk De Linde");

        assertThat(CliRun.on(db(), "snooze", "--partner", "De Linde", "--off").exitCode()).isZero();
        JsonNode back = json(CliRun.on(db(), "attention", "--today", "2027-04-05", "--format", "json").out());
        assertThat(back.get("partners").findValuesAsText("partner")).contains("Huisartsenpraktijk De Linde");

        assertThat(CliRun.on(db(), "snooze", "--partner", "De Linde").exitCode()).isEqualTo(ExitCodes.REFUSED);
    }

    @Test
    void settingsCanBeShownAndChanged() {
        CliRun change = CliRun.on(db(), "attention", "settings", "--set", "attention.rhythm.gp=30");
        assertThat(change.exitCode()).isZero();
        assertThat(change.out()).containsPattern("attention\\.rhythm\\.gp\\s+30\\s+90");

        CliRun bad = CliRun.on(db(), "attention", "settings", "--set", "attention.rhythm.gp=0");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(bad.err()).contains("attention.rhythm.gp moet tussen 1 en 3650 liggen");
    }

    @Test
    void generateRefusesADatabaseWithDataAndFillsAnEmptyOne() {
        CliRun refused = CliRun.on(db(), "generate", "--partners", "10", "--moments", "100");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(refused.err()).contains("niet leeg");

        Path empty = folder.resolve("groot.db");
        CliRun run = CliRun.on(empty, "generate", "--partners", "50", "--moments", "500", "--seed", "3");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("50 partners").contains("500 contactmomenten");
        assertThat(CliRun.on(empty, "partners", "--format", "json").out()).contains("\"id\" : 50");
    }
}
