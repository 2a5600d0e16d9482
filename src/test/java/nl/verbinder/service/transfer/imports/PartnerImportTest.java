package nl.verbinder.service.transfer.imports;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerOverview;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.transfer.Fixtures;
import nl.verbinder.service.transfer.NetworkFixture;
import nl.verbinder.service.transfer.PartnerColumn;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.service.transfer.TransferCancelledException;
import nl.verbinder.service.transfer.csv.CsvDialect;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartnerImportTest {

    @TempDir
    Path folder;

    private TestDatabase db;
    private ImportService imports;

    @BeforeEach
    void open() {
        db = TestDatabase.in(folder.resolve("db"));
        imports = db.services().imports();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void exportThenImportGivesTheSamePartners() {
        Map<String, Partner> exported;
        Path csv = folder.resolve("alles.csv");
        try (TestDatabase source = TestDatabase.in(folder.resolve("source"))) {
            new NetworkFixture(source.services());
            source.services().exports().exportPartners(PartnerQuery.all(), PartnerColumn.exportable(true),
                    CsvDialect.EXCEL_NL, Messages.dutch(), csv, Progress.none());
            exported = byName(source.services().partners().list(PartnerQuery.all()));
        }
        db.services().therapists().add(nl.verbinder.domain.Therapist.newTherapist("Joëlle de Wit",
                nl.verbinder.domain.TherapistRole.PRACTICE_OWNER, null));

        ImportPlan plan = plan(csv, ImportOptions.defaults());
        assertThat(plan.problems()).filteredOn(ImportProblem::isError).isEmpty();
        assertThat(plan.columns()).filteredOn(c -> c.field() == null).extracting(ColumnUse::header)
                .containsExactly("Laatste contact");
        imports.run(plan, Progress.none());

        Map<String, Partner> imported = byName(db.services().partners().list(PartnerQuery.all()));
        assertThat(imported.keySet()).isEqualTo(exported.keySet());
        for (String name : exported.keySet()) {
            assertThat(imported.get(name)).usingRecursiveComparison()
                    .ignoringFields("id", "createdAt", "updatedAt", "version", "deletedAt")
                    .isEqualTo(exported.get(name));
        }
    }

    @Test
    void windows1252WithSemicolonsQuotesAndLineBreaksFromADutchExcel() {
        ImportPlan plan = plan(Fixtures.copy("partners-nl-windows1252.csv", folder), ImportOptions.defaults());

        assertThat(plan.encoding()).isEqualTo("Windows-1252");
        assertThat(plan.separator()).isEqualTo(';');
        assertThat(plan.refused()).isFalse();
        assertThat(plan.rows()).extracting(PlannedRow::row).containsExactly(2, 3, 4);
        assertThat(plan.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.column()).isEqualTo("Categorie");
            assertThat(p.isError()).isFalse();
            assertThat(p.messageKey()).isEqualTo("transfer.import.category.unknown");
        });
        imports.run(plan, Progress.none());

        Partner thart = db.services().partners().resolve("'t Hart");
        assertThat(thart.name()).isEqualTo("Diëtistenpraktijk 't Hart");
        assertThat(thart.category()).isEqualTo(Category.DIETITIAN);
        assertThat(thart.website()).isEqualTo("https://www.thart.example");
        // Windows line breaks are stored as the one line break every text has.
        assertThat(thart.notes()).isEqualTo("Samenwerking rond \"Gezond gewicht\";\ntweede regel");
        assertThat(db.services().partners().resolve("Zoë").name()).isEqualTo("Café De Sportieve Zoë");
        assertThat(db.services().partners().resolve("Bakkerij").category()).isEqualTo(Category.OTHER);
    }

    @Test
    void utf8WithBomCommaEnglishHeadersAndContactPersonsOnRepeatedRows() {
        ImportPlan plan = plan(Fixtures.copy("partners-en-utf8-bom.csv", folder), ImportOptions.defaults());

        assertThat(plan.encoding()).isEqualTo("UTF-8 BOM");
        assertThat(plan.separator()).isEqualTo(',');
        assertThat(plan.rows().get(1).action()).isEqualTo(RowAction.MERGE);
        assertThat(plan.rows().get(1).partnerMatch().row()).isEqualTo(2);
        assertThat(plan.counts()).isEqualTo(new ImportPlan.Counts(2, 1, 2, 0, 0, 0, 0, 0));
        imports.run(plan, Progress.none());

        Partner yilmaz = db.services().partners().resolve("Yılmaz");
        assertThat(yilmaz.category()).isEqualTo(Category.GP);
        assertThat(db.services().contactPersons().forPartner(yilmaz.id())).extracting(ContactPerson::name,
                ContactPerson::role).containsExactly(org.assertj.core.groups.Tuple.tuple("Anna 't Hart",
                "Praktijkondersteuner"), org.assertj.core.groups.Tuple.tuple("Mehmet Yılmaz", "Huisarts"));
        assertThat(db.services().partners().resolve("Midwives Oost").notes()).isEqualTo("Notes, with a comma");
    }

    @Test
    void tabSeparatedText() {
        ImportPlan plan = plan(Fixtures.copy("partners-tab.tsv", folder), ImportOptions.defaults());

        assertThat(plan.separator()).isEqualTo('\t');
        imports.run(plan, Progress.none());

        assertThat(db.services().partners().resolve("Spetter").category()).isEqualTo(Category.SWIMMING_POOL);
        assertThat(db.services().partners().resolve("Gemeente Amersfoort").category())
                .isEqualTo(Category.MUNICIPALITY);
    }

    @Test
    void brokenFileImportsNothingAndTheReportNamesRowsAndColumns() {
        Path file = Fixtures.copy("partners-broken.csv", folder);
        ImportPlan plan = plan(file, ImportOptions.defaults());

        assertThat(plan.refused()).isTrue();
        assertThat(plan.problems()).filteredOn(ImportProblem::isError)
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "E-mail", "error.email"),
                        org.assertj.core.groups.Tuple.tuple(3, "Naam", "transfer.import.csv.broken-quote"),
                        org.assertj.core.groups.Tuple.tuple(4, "Naam", "transfer.import.missing-value"),
                        org.assertj.core.groups.Tuple.tuple(6, "Postcode", "error.postcode"));
        assertThatThrownBy(() -> imports.run(plan, Progress.none())).isInstanceOf(ImportRefusedException.class);
        assertThat(db.services().partners().count(PartnerQuery.all())).isZero();
        assertThat(imports.history()).isEmpty();
    }

    @Test
    void skippingBadRowsImportsTheGoodOnes() {
        ImportPlan plan = plan(Fixtures.copy("partners-broken.csv", folder), ImportOptions.defaults()
                .withSkipInvalid(true));

        assertThat(plan.refused()).isFalse();
        ImportResult result = imports.run(plan, Progress.none());

        assertThat(result.partnersCreated()).isEqualTo(1);
        assertThat(result.rowsSkipped()).isEqualTo(4);
        assertThat(db.services().partners().list(PartnerQuery.all())).extracting(PartnerOverview::name)
                .containsExactly("Fysio West");
    }

    @Test
    void duplicatesOfExistingPartnersAreSkippedByDefaultOrMergedWithoutOverwriting() {
        Partner existing = db.services().partners().create(aPartner().named("Fysio Oost").withPostcode("3512 AB")
                .withPhone("030-1111111").build());
        Partner byEmail = db.services().partners().create(aPartner().named("Dietist Smaakvol")
                .withEmail("info@smaakvol.example").build());
        Path file = Fixtures.write(folder.resolve("dubbel.csv"), """
                Naam;Postcode;Telefoon;Website;E-mail
                FYSIO  OOST;3512ab;030-2222222;www.fysio-oost.example;
                Smaakvol (nieuwe naam);;;;INFO@smaakvol.example
                Nieuw Partner;;;;
                """, StandardCharsets.UTF_8, false);

        ImportPlan skipping = plan(file, ImportOptions.defaults());
        assertThat(skipping.rows()).extracting(PlannedRow::action)
                .containsExactly(RowAction.SKIP, RowAction.SKIP, RowAction.CREATE);
        assertThat(skipping.rows().get(0).partnerMatch()).isEqualTo(new Match(existing.id(), "Fysio Oost", null,
                MatchReason.SAME_NAME_AND_POSTCODE));
        assertThat(skipping.rows().get(1).partnerMatch().reason()).isEqualTo(MatchReason.SAME_EMAIL);

        ImportPlan merging = imports.replan(skipping, skipping.options().withDecision(2, RowAction.MERGE));
        imports.run(merging, Progress.none());

        Partner merged = db.services().partners().get(existing.id());
        assertThat(merged.phone()).isEqualTo("030-1111111");
        assertThat(merged.website()).isEqualTo("https://www.fysio-oost.example");
        assertThat(db.services().partners().get(byEmail.id()).name()).isEqualTo("Dietist Smaakvol");
        assertThat(db.services().partners().count(PartnerQuery.all())).isEqualTo(3);
    }

    @Test
    void aDuplicateCanStillBeCreatedOnRequest() {
        db.services().partners().create(aPartner().named("Fysio Oost").build());
        Path file = Fixtures.write(folder.resolve("dubbel.csv"), "Naam\nFysio Oost\n", StandardCharsets.UTF_8,
                false);

        ImportPlan plan = imports.replan(plan(file, ImportOptions.defaults()),
                ImportOptions.defaults().withDecision(2, RowAction.CREATE));
        imports.run(plan, Progress.none());

        assertThat(db.services().partners().count(PartnerQuery.all())).isEqualTo(2);
    }

    @Test
    void headersAndCategoriesInEitherLanguageAndAManualMappingForTheRest() {
        Path file = Fixtures.write(folder.resolve("eigen.csv"), """
                Praktijknaam,Soort organisatie,Woonplaats,Status,Fax
                Verloskundigen Zuid,Verloskunde,Utrecht,prospect,030-9999999
                Fitness Fit,gym,Zeist,Slapend,
                """, StandardCharsets.UTF_8, false);
        CsvTable table = imports.readPartnerList(file);
        ColumnMapping suggested = ColumnMapping.suggest(table);
        assertThat(suggested.fieldOf(0)).hasValue(PartnerColumn.NAME);
        assertThat(suggested.fieldOf(1)).hasValue(PartnerColumn.CATEGORY);
        assertThat(suggested.fieldOf(2)).hasValue(PartnerColumn.CITY);
        assertThat(suggested.fieldOf(4)).isEmpty();

        ColumnMapping mapping = suggested.withAssignments(table, List.of("fax=Telefoon"));
        ImportPlan plan = imports.planPartnerList(table, mapping, ImportOptions.defaults(), Progress.none());
        imports.run(plan, Progress.none());

        Partner zuid = db.services().partners().resolve("Verloskundigen Zuid");
        assertThat(zuid.category()).isEqualTo(Category.MIDWIFE);
        assertThat(zuid.status()).isEqualTo(PartnerStatus.PROSPECT);
        assertThat(zuid.phone()).isEqualTo("030-9999999");
        assertThat(db.services().partners().resolve("Fitness Fit").status()).isEqualTo(PartnerStatus.DORMANT);
    }

    @Test
    void wrongManualMappingsAreRefusedWithTheKnownColumns() {
        CsvTable table = imports.readPartnerList(Fixtures.copy("partners-tab.tsv", folder));

        assertThatThrownBy(() -> ColumnMapping.suggest(table).withAssignments(table, List.of("Fax=phone",
                "Plaats=kleur", "zonder-is")))
                .isInstanceOfSatisfying(nl.verbinder.domain.ValidationException.class, e -> assertThat(e.errors())
                        .extracting(nl.verbinder.domain.FieldError::messageKey).containsExactly(
                                "transfer.import.map.unknown-column", "transfer.import.map.unknown-field",
                                "transfer.import.map.syntax"));
    }

    @Test
    void aFileWithoutANameColumnIsRefused() {
        Path file = Fixtures.write(folder.resolve("geen-naam.csv"), "Plaats,Telefoon\nUtrecht,030-1234567\n",
                StandardCharsets.UTF_8, false);

        ImportPlan plan = plan(file, ImportOptions.defaults().withSkipInvalid(true));

        assertThat(plan.refused()).isTrue();
        assertThat(plan.fileProblems()).extracting(ImportProblem::messageKey)
                .contains("transfer.import.partners.no-name-column");
    }

    @Test
    void neutralisedFormulasFromAnExportAreTakenBackOnImport() {
        Path file = Fixtures.write(folder.resolve("formule.csv"), "Naam,Telefoon\n'=Fysio,'+31 30 123 4567\n",
                StandardCharsets.UTF_8, false);

        imports.run(plan(file, ImportOptions.defaults()), Progress.none());

        Partner partner = db.services().partners().list(PartnerQuery.all()).getFirst().partner();
        assertThat(partner.name()).isEqualTo("=Fysio");
        assertThat(partner.phone()).isEqualTo("+31 30 123 4567");
    }

    @Test
    void cancellingAnImportLeavesTheDatabaseAsItWas() {
        new NetworkFixture(db.services());
        Map<String, List<List<Object>>> before = Fixtures.dump(db.file());
        ImportPlan plan = plan(Fixtures.copy("partners-en-utf8-bom.csv", folder), ImportOptions.defaults());
        AtomicInteger rows = new AtomicInteger();

        assertThatThrownBy(() -> imports.run(plan, Progress.of((done, total) -> rows.set((int) done),
                () -> rows.get() >= 2))).isInstanceOf(TransferCancelledException.class);

        assertThat(rows.get()).isEqualTo(2);
        assertThat(Fixtures.dump(db.file())).isEqualTo(before);
    }

    @Test
    void aPlanThatNoLongerHoldsIsRefused() {
        Partner existing = db.services().partners().create(aPartner().named("Fysio Oost").build());
        ImportPlan plan = plan(Fixtures.write(folder.resolve("x.csv"), "Naam,Plaats\nFysio Oost,Zeist\n",
                StandardCharsets.UTF_8, false), ImportOptions.defaults().withDuplicatesOfExisting(RowAction.MERGE));
        db.services().partners().moveToTrash(existing.id());

        assertThatThrownBy(() -> imports.run(plan, Progress.none()))
                .hasMessageContaining("transfer.import.plan.stale");
    }

    private ImportPlan plan(Path file, ImportOptions options) {
        CsvTable table = imports.readPartnerList(file);
        return imports.planPartnerList(table, ColumnMapping.suggest(table), options, Progress.none());
    }

    private static Map<String, Partner> byName(List<PartnerOverview> list) {
        return list.stream().map(PartnerOverview::partner).sorted(Comparator.comparing(Partner::name))
                .collect(java.util.stream.Collectors.toMap(Partner::name, p -> p, (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }
}
