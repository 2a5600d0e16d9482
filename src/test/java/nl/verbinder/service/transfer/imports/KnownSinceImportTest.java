package nl.verbinder.service.transfer.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.attention.AttentionFilter;
import nl.verbinder.domain.insight.NetworkFilter;
import nl.verbinder.domain.insight.Quarter;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.Services;
import nl.verbinder.service.transfer.Fixtures;
import nl.verbinder.service.transfer.PartnerColumn;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.service.transfer.csv.CsvDialect;
import nl.verbinder.testutil.MutableClock;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A partner list with a "Bekend sinds" column: a practice that starts with Verbinder in December
 * and imports the partners it has known for years sees them in September's attention list, on
 * September's map and in the Q3 report. Runs on both stores (TestDatabase).
 */
class KnownSinceImportTest {

    private static final LocalDate DECEMBER = LocalDate.of(2026, 12, 1);
    private static final LocalDate Q3_END = LocalDate.of(2026, 9, 30);

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(DECEMBER);
    private TestDatabase db;
    private Services s;

    @BeforeEach
    void open() {
        db = TestDatabase.in(folder.resolve("db"), clock);
        s = db.services();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aPartnerImportedWithKnownSinceCountsFromThatDayInThePast() {
        Path file = Fixtures.write(folder.resolve("partners.csv"), """
                Naam;Categorie;Bekend sinds
                Huisartsen De Linde;Huisarts;14-03-2026
                Fysio Oost;Huisarts;2026-02-01
                Zonder Datum;Huisarts;
                """, StandardCharsets.UTF_8, false);

        ImportPlan plan = plan(file);
        assertThat(plan.problems()).filteredOn(ImportProblem::isError).isEmpty();
        assertThat(plan.columns()).extracting(ColumnUse::field).contains(PartnerColumn.KNOWN_SINCE);
        s.imports().run(plan, Progress.none());

        Map<String, Partner> partners = byName();
        Partner linde = partners.get("Huisartsen De Linde");
        Partner oost = partners.get("Fysio Oost");
        Partner without = partners.get("Zonder Datum");
        assertThat(linde.knownSince()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(oost.knownSince()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(without.knownSince()).isNull();

        // Attention list of 30 September (what `attention --today 2026-09-30` shows).
        var overview = s.attention().overview(Q3_END, AttentionFilter.all());
        var listed = java.util.stream.Stream.concat(overview.items().stream(), overview.snoozed().stream())
                .map(i -> i.partnerId()).collect(Collectors.toSet());
        assertThat(listed).contains(linde.id(), oost.id()).doesNotContain(without.id());
        // The map of then, the status of then, the Q3 report.
        var onMap = s.network().map(Q3_END, NetworkFilter.all()).nodes().stream().map(n -> n.partnerId())
                .collect(Collectors.toSet());
        assertThat(onMap).contains(linde.id(), oost.id()).doesNotContain(without.id());
        assertThat(s.history().partnerStatusAsOf(linde.id(), Q3_END)).contains(PartnerStatus.ACTIVE);
        assertThat(s.history().partnerStatusAsOf(linde.id(), LocalDate.of(2026, 3, 13))).as("the day before").isEmpty();
        assertThat(s.insights().quarterFigures(Quarter.parse("2026Q3")).activePartners()).isEqualTo(2);
        assertThat(s.insights().quarterFigures(Quarter.parse("2026Q1")).newPartners())
                .as("known since February and March").isEqualTo(2);
        var march = s.network().map(LocalDate.of(2026, 3, 1), NetworkFilter.all()).nodes().stream()
                .map(n -> n.partnerId()).collect(Collectors.toSet());
        assertThat(march).contains(oost.id()).doesNotContain(linde.id());
    }

    @Test
    void theEnglishHeaderAndAnAliasAreRecognised() {
        assertThat(PartnerColumn.find("Known since")).contains(PartnerColumn.KNOWN_SINCE);
        assertThat(PartnerColumn.find("Bekend sinds")).contains(PartnerColumn.KNOWN_SINCE);
        assertThat(PartnerColumn.find("Relatie sinds")).contains(PartnerColumn.KNOWN_SINCE);
        assertThat(PartnerColumn.find("knownSince")).contains(PartnerColumn.KNOWN_SINCE);
        Path file = Fixtures.write(folder.resolve("english.csv"), "Name,Category,Known since\nGym West,gym,5/1/2025\n",
                StandardCharsets.UTF_8, false);

        s.imports().run(plan(file), Progress.none());

        assertThat(byName().get("Gym West").knownSince()).isEqualTo(LocalDate.of(2025, 1, 5));
    }

    @Test
    void aBadDateIsAnErrorOnItsRowAndColumnAndNothingIsWritten() {
        Path file = Fixtures.write(folder.resolve("fout.csv"), """
                Naam;Categorie;Bekend sinds
                Huisartsen De Linde;Huisarts;14-03-2026
                Fysio Oost;Huisarts;31-02-2026
                Gym West;Sportschool;vorig jaar
                Verloskunde Zuid;Verloskunde;01-01-2027
                """, StandardCharsets.UTF_8, false);

        ImportPlan plan = plan(file);

        assertThat(plan.problems()).filteredOn(ImportProblem::isError)
                .extracting(p -> p.row() + " " + p.column() + " " + p.messageKey() + " " + p.args())
                .containsExactly("3 Bekend sinds error.date [31-02-2026]", "4 Bekend sinds error.date [vorig jaar]",
                        "5 Bekend sinds error.date.future [2027-01-01]");
        assertThat(Messages.dutch().get("error.date", "vorig jaar")).isEqualTo("'vorig jaar' is geen datum (gebruik dd-mm-jjjj)");
        assertThatThrownBy(() -> s.imports().run(plan, Progress.none())).isInstanceOf(ImportRefusedException.class);
        assertThat(s.partners().count(PartnerQuery.all())).isZero();
        assertThat(s.imports().history()).isEmpty();
    }

    @Test
    void anExportWithTheColumnImportsBackTheSameDay() throws Exception {
        s.partners().create(Partner.builder().name("Huisartsen De Linde").category(nl.verbinder.domain.Category.GP)
                .knownSince(LocalDate.of(2024, 6, 30)).build());
        Path csv = folder.resolve("export.csv");
        s.exports().exportPartners(PartnerQuery.all(), PartnerColumn.exportable(true), CsvDialect.EXCEL_NL,
                Messages.dutch(), csv, Progress.none());
        assertThat(java.nio.file.Files.readString(csv, java.nio.charset.Charset.forName("windows-1252"))).contains("Bekend sinds").contains("30-06-2024");

        try (TestDatabase other = TestDatabase.in(folder.resolve("other"), clock)) {
            ImportService imports = other.services().imports();
            CsvTable table = imports.readPartnerList(csv);
            imports.run(imports.planPartnerList(table, ColumnMapping.suggest(table), ImportOptions.defaults(),
                    Progress.none()), Progress.none());
            assertThat(other.services().partners().resolve("De Linde").knownSince()).isEqualTo(LocalDate.of(2024, 6, 30));
        }
    }

    @Test
    void aJsonBackupKeepsTheDay() {
        Partner linde = s.partners().create(Partner.builder().name("Huisartsen De Linde")
                .category(nl.verbinder.domain.Category.GP).knownSince(LocalDate.of(2024, 6, 30)).build());
        Path backup = folder.resolve("backup.json");
        s.backups().backUp(backup, Progress.none());

        try (TestDatabase target = TestDatabase.in(folder.resolve("target"), clock)) {
            target.services().backups().restore(backup, Progress.none());
            assertThat(target.services().partners().get(linde.id()).knownSince()).isEqualTo(LocalDate.of(2024, 6, 30));
        }
    }

    @Test
    void aChangedDayIsInTheHistory() {
        Partner linde = s.partners().create(Partner.builder().name("Huisartsen De Linde")
                .category(nl.verbinder.domain.Category.GP).build());
        s.partners().update(s.partners().get(linde.id()).toBuilder().knownSince(LocalDate.of(2024, 6, 30)).build());

        var lines = s.history().readable(s.history().forPartner(linde.id(), null), Messages.dutch());
        assertThat(lines.getFirst().change().fields()).extracting(f -> f.field() + " " + f.oldValue() + " " + f.newValue())
                .containsExactly("known_since null 2024-06-30");
        assertThat(lines.getFirst().sentence()).contains("bekend sinds").contains("30-06-2024");
    }

    private ImportPlan plan(Path file) {
        CsvTable table = s.imports().readPartnerList(file);
        return s.imports().planPartnerList(table, ColumnMapping.suggest(table), ImportOptions.defaults(), Progress.none());
    }

    private Map<String, Partner> byName() {
        return s.partners().list(PartnerQuery.all()).stream().map(o -> o.partner())
                .collect(Collectors.toMap(Partner::name, Function.identity()));
    }
}
