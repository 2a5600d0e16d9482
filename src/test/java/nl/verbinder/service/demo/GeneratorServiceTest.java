package nl.verbinder.service.demo;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.domain.attention.AttentionFilter;
import nl.verbinder.domain.attention.AttentionOverview;
import nl.verbinder.store.sqlite.SqlProbe;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorServiceTest {

    private static final LocalDate END = LocalDate.of(2026, 11, 23);
    private static final List<String> TABLES = List.of("therapist", "partner", "partner_tag", "contact_person",
            "shared_goal", "shared_goal_partner", "contact_moment", "contact_moment_therapist", "contact_moment_person",
            "contact_moment_goal", "environment_note");

    @TempDir
    Path folder;

    private String generate(String name, long seed) throws Exception {
        Path dir = Files.createDirectories(folder.resolve(name));
        try (TestDatabase db = TestDatabase.in(dir)) {
            GeneratorService.Summary summary = db.services().generator()
                    .generate(new GeneratorService.Spec(300, 6_000, seed, END));
            assertThat(summary.partners()).isEqualTo(300);
            assertThat(summary.moments()).isEqualTo(6_000);
            return fingerprint(db);
        }
    }

    /** A hash over every row of every table the generator fills, in id order. */
    private static String fingerprint(TestDatabase db) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String table : TABLES) {
            List<String> rows = db.store().database().read(() -> nl.verbinder.testutil.Rows.all(db.store(), table));
            rows.forEach(row -> digest.update(row.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Test
    void theSameSeedGivesTheSameDataRowForRow() throws Exception {
        assertThat(generate("a", 42)).isEqualTo(generate("b", 42));
    }

    @Test
    void anotherSeedGivesOtherData() throws Exception {
        assertThat(generate("a", 42)).isNotEqualTo(generate("b", 43));
    }

    @Test
    void generatesARealisticPracticeTheRulesHaveSomethingToSayAbout() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            db.services().generator().generate(new GeneratorService.Spec(500, 20_000, 7, END));

            AttentionOverview overview = db.services().attention().overview(END, AttentionFilter.all());
            assertThat(overview.total()).isBetween(50, 400);
            assertThat(overview.reasons()).containsKeys(nl.verbinder.domain.attention.ReasonCode.values());
            assertThat(db.services().partners().count(PartnerQuery.all())).isGreaterThan(450);
            assertThat(db.store().database().read(() -> SqlProbe.count(db.store(),
                    "SELECT count(*) FROM contact_moment WHERE moment_date > ? OR moment_date < ?",
                    END.toString(), END.minusYears(10).toString()))).isZero();
            assertThat(db.services().partners().list(PartnerQuery.all().withSearch("huisarts")).size()).isPositive();
        }
    }

    @Test
    void refusesADatabaseThatIsNotEmpty() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            db.services().partners().create(aPartner().build());

            assertThatThrownBy(() -> db.services().generator().generate(new GeneratorService.Spec(10, 10, 1, END)))
                    .isInstanceOf(VerbinderException.class)
                    .extracting(e -> ((VerbinderException) e).messageKey()).isEqualTo("error.generate.not-empty");
        }
    }

    @Test
    void refusesSizesOutOfRange() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            assertThatThrownBy(() -> db.services().generator().generate(new GeneratorService.Spec(0, -1, 1, END)))
                    .isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).errors()).hasSize(2));
            assertThat(db.services().generator().isEmpty()).isTrue();
        }
    }
}
