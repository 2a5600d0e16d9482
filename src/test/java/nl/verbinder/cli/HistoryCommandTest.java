package nl.verbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code history} and {@code changes}, in-process, on a real file; {@code --as} says who. */
class HistoryCommandTest {

    @TempDir
    Path folder;

    private Path db() {
        return folder.resolve("praktijk.db");
    }

    @BeforeEach
    void practice() {
        assertThat(CliRun.on(db(), "therapist", "add", "--name", "Anna de Vries").exitCode()).isZero();
        assertThat(CliRun.on(db(), "--as", "Anna de Vries", "partner", "add", "--name", "De Linde", "--category",
                "huisarts", "--status", "dormant").exitCode()).isZero();
        assertThat(CliRun.on(db(), "log", "--partner", "De Linde", "--kind", "telefoon", "--summary", "Overleg",
                "--date", "2026-11-13").exitCode()).isZero();
        try (var store = nl.verbinder.store.sqlite.SqliteStore.open(db(), TestDatabase.fixedClock(TestDatabase.TODAY))) {
            var services = nl.verbinder.service.Services.over(store, TestDatabase.fixedClock(TestDatabase.TODAY));
            services.history().actAs(services.therapists().resolve("Anna de Vries", "as").id());
            var linde = services.partners().resolve("De Linde");
            services.partners().update(linde.toBuilder().status(PartnerStatus.ACTIVE).build());
        }
    }

    @Test
    void historyTellsWhoChangedWhatInSentences() {
        CliRun run = CliRun.on(db(), "history", "--partner", "De Linde");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Geschiedenis van De Linde", "Anna de Vries",
                "Anna de Vries zette de status van De Linde van Slapend op Actief", "23-11-2026",
                "Onbekend voegde het contactmoment van 13-11-2026 met De Linde toe",
                "Anna de Vries voegde De Linde toe", "3 wijzigingen.");
        assertThat(run.out().indexOf("Slapend op Actief")).as("newest first")
                .isLessThan(run.out().indexOf("voegde De Linde toe"));

        CliRun english = CliRun.on(db(), "--lang", "en", "history", "--partner", "De Linde");
        assertThat(english.out()).contains("History of De Linde",
                "Anna de Vries changed the status of De Linde from Dormant to Active", "3 changes.");
    }

    @Test
    void historyAsJsonKeepsTheStoredValues() throws Exception {
        CliRun run = CliRun.on(db(), "history", "--partner", "De Linde", "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode rows = new ObjectMapper().readTree(run.out());
        JsonNode newest = rows.get(0);
        assertThat(newest.get("by").asText()).isEqualTo("Anna de Vries");
        assertThat(newest.get("action").asText()).isEqualTo("update");
        assertThat(newest.get("kind").asText()).isEqualTo("partner");
        assertThat(newest.get("at").asText()).isEqualTo("2026-11-23T09:00:00Z");
        assertThat(newest.get("fields").get(0).get("field").asText()).isEqualTo("status");
        assertThat(newest.get("fields").get(0).get("from").asText()).isEqualTo("dormant");
        assertThat(newest.get("fields").get(0).get("to").asText()).isEqualTo("active");
        assertThat(newest.get("text").asText()).isEqualTo("Anna de Vries zette de status van De Linde van Slapend op Actief");
    }

    @Test
    void changesFiltersByTherapistAndDay() {
        CliRun all = CliRun.on(db(), "changes", "--since", "2026-11-01");
        assertThat(all.exitCode()).isZero();
        assertThat(all.out()).contains("Wijzigingen vanaf 01-11-2026", "therapeut Anna de Vries", "Slapend op Actief");

        CliRun byAnna = CliRun.on(db(), "changes", "--since", "2026-11-01", "--by", "Anna de Vries");
        assertThat(byAnna.out()).contains("Slapend op Actief").doesNotContain("contactmoment", "Onbekend");

        CliRun later = CliRun.on(db(), "changes", "--since", "2026-11-24");
        assertThat(later.out()).contains("Geen wijzigingen.");
    }

    @Test
    void unknownPartnerTherapistOrDateIsRefusedInBothLanguages() {
        CliRun partner = CliRun.on(db(), "history", "--partner", "Nergens");
        assertThat(partner.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(partner.err()).isNotBlank().doesNotContain("Exception");

        CliRun therapist = CliRun.on(db(), "--lang", "en", "changes", "--by", "Niemand");
        assertThat(therapist.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(therapist.err()).contains("Niemand").doesNotContain("Exception");

        CliRun date = CliRun.on(db(), "changes", "--since", "gisteren");
        assertThat(date.exitCode()).isNotZero();
        assertThat(date.err()).contains("gisteren");

        CliRun who = CliRun.on(db(), "--as", "Niemand", "partner", "add", "--name", "X", "--category", "gym");
        assertThat(who.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(CliRun.on(db(), "changes", "--since", "2026-11-01").out()).doesNotContain(" X ");
    }
}
