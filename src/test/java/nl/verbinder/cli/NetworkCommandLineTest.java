package nl.verbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code networks}, {@code network add}, {@code network review}, {@code export networks}, backup and restore, in-process on real files. */
class NetworkCommandLineTest {

    @TempDir
    Path folder;

    private Path db;

    private CliRun ok(String... args) {
        CliRun run = CliRun.on(db, args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    @BeforeEach
    void practice() {
        db = folder.resolve("praktijk.db");
        ok("partner", "add", "--name", "Huisartsenpraktijk De Linde", "--category", "huisarts");
        ok("partner", "add", "--name", "Sportschool Fit", "--category", "gym");
        ok("network", "add", "--name", "Valpreventie Oost", "--kind", "ontwikkelnetwerk", "--governance",
                "leidende organisatie", "--focus", "opgave", "--region", "Utrecht-Oost", "--role", "trekker",
                "--phase", "participeren", "--since", "2026-03-01", "--hours", "12", "--contract",
                "Gemeente: valpreventie", "--contract-until", "2027-12-31", "--member", "De Linde=verwijzer",
                "--member", "Sportschool Fit=beweegaanbod");
    }

    @Test
    void logsANetworkMeetingWithEveryMemberAndSnoozesTheNetwork() throws Exception {
        CliRun log = ok("network", "log", "--network", "Valpreventie Oost", "--kind", "bijeenkomst", "--summary",
                "Kwartaaloverleg", "--date", "2026-11-20");
        assertThat(log.out()).contains("Netwerkoverleg van Valpreventie Oost vastgelegd op 20-11-2026: "
                + "2 contactmomenten.");
        CliRun one = ok("--lang", "en", "network", "log", "--network", "Valpreventie Oost", "--partner",
                "Sportschool Fit", "--kind", "telefoon", "--summary", "Nabellen", "--date", "2026-11-21");
        assertThat(one.out()).contains("1 contact moment.");

        String due = "2027-07-01";
        JsonNode before = new ObjectMapper().readTree(ok("attention", "--today", due, "--format", "json").out());
        assertThat(before.get("networks").findValuesAsText("network")).containsExactly("Valpreventie Oost");
        ok("network", "snooze", "--network", "valpreventie oost", "--until", "2027-08-01", "--today", due);
        JsonNode after = new ObjectMapper().readTree(ok("attention", "--today", "2027-07-15", "--format", "json")
                .out());
        assertThat(after.get("networks")).isEmpty();
        JsonNode earlier = new ObjectMapper().readTree(ok("attention", "--today", "2027-06-30", "--format", "json")
                .out());
        assertThat(earlier.get("networks")).as("the snooze counts from the day it was made").hasSize(1);
        ok("network", "snooze", "--network", "Valpreventie Oost", "--off");
        JsonNode back = new ObjectMapper().readTree(ok("attention", "--today", "2027-07-15", "--format", "json")
                .out());
        assertThat(back.get("networks")).hasSize(1);
    }

    @Test
    void checksAPartnersRelationshipAndShowsTheScores() {
        CliRun check = ok("partner", "check", "De Linde", "--openness", "4", "--reliability", "3",
                "--shared-mission", "4", "--influence", "2", "--involvement", "2", "--contribution", "1");
        assertThat(check.out()).contains("Vertrouwensscore: 3,7", "Waardescore: 1,7", "Advies: Onderhouden");
        CliRun again = ok("--lang", "en", "partner", "check", "De Linde", "--reliability", "1");
        assertThat(again.out()).contains("Reliability: 1", "Trust score: 3.0", "Advice: Keep");
        CliRun wrong = CliRun.on(db, "partner", "check", "De Linde", "--openness", "7");
        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.err()).contains("Openheid");
    }

    @Test
    void addsReviewsAndListsANetworkAsJson() throws Exception {
        ok("network", "review", "--network", "valpreventie oost", "--date", "2026-05-01", "--shared-purpose", "2",
                "--compelling-goal", "2", "--daily-needs", "2", "--fitting-leadership", "3", "--strong-ties", "2",
                "--useful-output", "1", "--trust", "3", "--consensus", "3", "--competence-need", "2", "--decision",
                "investeren");
        CliRun review = ok("network", "review", "--network", "Valpreventie Oost", "--date", "2026-11-01",
                "--shared-purpose", "3", "--compelling-goal", "3", "--daily-needs", "3", "--fitting-leadership", "3",
                "--strong-ties", "1", "--useful-output", "2", "--reason", "strong-ties=Leden kennen elkaar nauwelijks",
                "--trust", "4", "--participants", "5", "--consensus", "4", "--competence-need", "1",
                "--yes", "reflection,clear-task", "--decision", "onderhouden", "--note", "Kerngroep vormen");

        assertThat(review.out().strip()).matches("\\d+");
        assertThat(review.err()).contains("De factoren wijzen het meest naar: Zelfsturend (4 van 4). "
                + "Nu: Leidende organisatie.", "Weinig deelnemers (5): dat past bij zelfsturend.",
                "Een aanwijzing om samen te bespreken, geen oordeel.");

        JsonNode list = new ObjectMapper().readTree(ok("networks", "--format", "json").out());
        assertThat(list).hasSize(1);
        JsonNode n = list.get(0);
        assertThat(n.get("kind").asText()).isEqualTo("development");
        assertThat(n.get("governance").asText()).isEqualTo("lead-organisation");
        assertThat(n.get("role").asText()).isEqualTo("lead");
        assertThat(n.get("phase").asText()).isEqualTo("participating");
        assertThat(n.get("contractUntil").asText()).isEqualTo("2027-12-31");
        assertThat(n.get("members").findValuesAsText("role")).containsExactly("verwijzer", "beweegaanbod");
        assertThat(n.get("reviews").asInt()).isEqualTo(2);
        JsonNode latest = n.get("latestReview");
        assertThat(latest.get("reviewedOn").asText()).isEqualTo("2026-11-01");
        assertThat(latest.get("scores").get("strong-ties").asInt()).isEqualTo(1);
        assertThat(latest.get("tipsFollowed").findValuesAsText("")).isEmpty();
        assertThat(latest.get("tipsFollowed").toString()).isEqualTo("[\"clear-task\",\"reflection\"]");
        assertThat(latest.get("decision").asText()).isEqualTo("maintain");

        String table = ok("--lang", "en", "networks").out();
        assertThat(table).contains("Valpreventie Oost", "Cooperative: development network", "Participating", "Lead",
                "01/11/2026", "Maintain");
    }

    @Test
    void refusesAReviewWithAScoreOutOfRangeAndSavesNothing() {
        CliRun run = CliRun.on(db, "network", "review", "--network", "Valpreventie Oost", "--shared-purpose", "5",
                "--compelling-goal", "3", "--daily-needs", "3", "--fitting-leadership", "3", "--strong-ties", "1",
                "--useful-output", "2", "--trust", "4", "--consensus", "4", "--competence-need", "1", "--decision",
                "loslaten");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err()).contains("Gedeelde bedoeling en identiteit: moet van 1 tot en met 4 zijn");
        CliRun unknown = CliRun.on(db, "--lang", "en", "network", "review", "--network", "Onbekend",
                "--shared-purpose", "3", "--compelling-goal", "3", "--daily-needs", "3", "--fitting-leadership", "3",
                "--strong-ties", "1", "--useful-output", "2", "--trust", "4", "--consensus", "4",
                "--competence-need", "1", "--decision", "let-go");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(unknown.err()).contains("Network: no network found for 'Onbekend'");
    }

    @Test
    void exportsNetworksWithMembersAndLatestReviewForExcel() throws Exception {
        ok("network", "review", "--network", "Valpreventie Oost", "--date", "2026-11-01", "--shared-purpose", "3",
                "--compelling-goal", "3", "--daily-needs", "3", "--fitting-leadership", "3", "--strong-ties", "1",
                "--useful-output", "2", "--trust", "4", "--consensus", "4", "--competence-need", "1", "--decision",
                "investeren");
        Path out = folder.resolve("netwerken.csv");

        CliRun run = ok("export", "networks", "--out", out.toString(), "--excel");

        assertThat(run.out()).contains("1 netwerk geëxporteerd naar " + out);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("Naam;Soort;Sturingsvorm", "Gedeelde bedoeling en identiteit", "Besluit");
        assertThat(lines.get(1)).contains("\"Valpreventie Oost\";\"Coöperatief: ontwikkelnetwerk\";\"Leidende organisatie\"",
                "Huisartsenpraktijk De Linde (verwijzer); Sportschool Fit (beweegaanbod)", "01-11-2026",
                "Investeren");
    }

    @Test
    void backupAndRestoreKeepNetworksReviewsAndPhases() throws Exception {
        ok("network", "review", "--network", "Valpreventie Oost", "--date", "2026-11-01", "--shared-purpose", "3",
                "--compelling-goal", "3", "--daily-needs", "3", "--fitting-leadership", "3", "--strong-ties", "1",
                "--useful-output", "2", "--reason", "useful-output=Eerste folder klaar", "--trust", "4",
                "--consensus", "4", "--competence-need", "1", "--yes", "reflection", "--decision", "investeren");
        Path json = folder.resolve("reserve.json");
        ok("backup", "--out", json.toString());
        Path restored = folder.resolve("terug.db");

        assertThat(CliRun.on(restored, "restore", "--in", json.toString()).exitCode()).isZero();

        String original = ok("networks", "--format", "json").out();
        assertThat(CliRun.on(restored, "networks", "--format", "json").out()).isEqualTo(original);
        assertThat(Files.readString(json)).contains("\"network_review_score\"", "\"network_review_tip\"",
                "\"practice_network_phase\"", "\"practice_network_member\"", "Eerste folder klaar");
    }
}
