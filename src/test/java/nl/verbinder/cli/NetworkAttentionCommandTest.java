package nl.verbinder.cli;

import static nl.verbinder.testutil.NetworkBuilder.aNetwork;
import static nl.verbinder.testutil.ReviewBuilder.aReview;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.verbinder.domain.networks.MaturityDimension;
import nl.verbinder.domain.networks.OurRole;
import nl.verbinder.domain.networks.PracticeNetwork;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The networks that need attention in {@code attention --format json} and the table, on a real file. */
class NetworkAttentionCommandTest {

    @TempDir
    Path folder;

    @Test
    void networksThatNeedAttentionAreInTheJsonWithStableCodesAndSentences() throws Exception {
        try (TestDatabase db = TestDatabase.in(folder)) {
            var networks = db.services().practiceNetworks();
            PracticeNetwork valpreventie = networks.create(aNetwork().named("Valpreventie Oost").withRole(OurRole.LEAD)
                    .contract("Gemeente: valpreventie", LocalDate.of(2027, 1, 10)).build());
            networks.review(aReview().of(valpreventie.id()).on(LocalDate.of(2026, 5, 1)).allScored(3).build());
            networks.review(aReview().of(valpreventie.id()).on(LocalDate.of(2026, 11, 1)).allScored(3)
                    .scored(MaturityDimension.STRONG_TIES, 1, "Leden kennen elkaar nauwelijks").build());
            networks.create(aNetwork().named("Leernetwerk Bekken").build());
        }

        CliRun run = CliRun.on(folder.resolve("verbinder.db"), "attention", "--today", "2026-12-01", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.out());
        JsonNode networks = doc.get("networks");
        assertThat(networks).hasSize(1);
        JsonNode item = networks.get(0);
        assertThat(item.get("network").asText()).isEqualTo("Valpreventie Oost");
        assertThat(item.get("role").asText()).isEqualTo("lead");
        assertThat(item.get("reasons").findValuesAsText("code"))
                .containsExactlyInAnyOrder("CONTRACT_AT_RISK", "MATURITY_DROPPED");
        assertThat(item.get("reasons").findValuesAsText("message")).contains(
                "'Gemeente: valpreventie' hangt af van ons lidmaatschap en loopt af op 10-01-2027",
                "'Sterke verbindingen' zakte van 3 naar 1 sinds de vorige beoordeling");

        CliRun english = CliRun.on(folder.resolve("verbinder.db"), "--lang", "en", "attention", "--today",
                "2026-12-01");
        assertThat(english.out()).contains("Networks that need attention:", "- Valpreventie Oost (Lead): ",
                "'Strong ties' fell from 3 to 1 since the previous review");
    }
}
