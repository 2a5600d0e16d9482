package nl.verbinder.service.transfer.imports;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.service.transfer.Fixtures;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What imports tell about a file and its rows: the header found, empty and non-text files, namesakes, rows already there. */
class ImportMessagesTest {

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
    void aTitleAboveTheHeaderIsPassedOverAsLinkedInsNotesAre() {
        Path file = write("titel.csv", "Partnerlijst Praktijk Oost;;\n;;\nNaam;Plaats;Categorie\n"
                + "Huisartsenpraktijk Oost;Utrecht;huisarts\nSportclub Hercules;Utrecht;sportvereniging\n");

        CsvTable table = imports.readPartnerList(file);
        ImportPlan plan = imports.planPartnerList(table, ColumnMapping.suggest(table), ImportOptions.defaults(),
                Progress.none());

        assertThat(table.headerRow()).isEqualTo(3);
        assertThat(table.header()).containsExactly("Naam", "Plaats", "Categorie");
        assertThat(plan.refused()).isFalse();
        assertThat(plan.rows()).extracting(PlannedRow::label)
                .containsExactly("Huisartsenpraktijk Oost", "Sportclub Hercules");
    }

    @Test
    void theHeaderRowCanBeNamedAndAHeaderBelowItIsNeverImportedAsAPartner() {
        Path file = write("titel.csv", "Overzicht 2026;;\nPraktijk;Woonplaats;Soort organisatie\n"
                + "Huisartsenpraktijk Oost;Utrecht;huisarts\n");

        CsvTable beyond = imports.readPartnerList(file, 9);
        assertThat(imports.planPartnerList(beyond, ColumnMapping.suggest(beyond), ImportOptions.defaults(),
                Progress.none()).fileProblems()).singleElement().satisfies(p -> {
                    assertThat(p.messageKey()).isEqualTo("transfer.import.header-row.empty");
                    assertThat(p.args()).containsExactly(9, 3);
                });

        CsvTable byRow = imports.readPartnerList(file, 2);
        assertThat(byRow.header()).containsExactly("Praktijk", "Woonplaats", "Soort organisatie");
        assertThat(byRow.rows()).hasSize(1);

        // Taking the title for the header and mapping it to the name, as the old advice led to:
        CsvTable wrong = imports.readPartnerList(file, 1);
        ImportPlan plan = imports.planPartnerList(wrong, ColumnMapping.suggest(wrong)
                .withAssignments(wrong, List.of("Overzicht 2026=name")), ImportOptions.defaults(), Progress.none());
        assertThat(plan.refused()).isTrue();
        assertThat(plan.rows().getFirst().problems()).extracting(ImportProblem::messageKey)
                .contains("transfer.import.partners.header-as-row");
        assertThatThrownBy(() -> imports.run(plan, Progress.none())).isInstanceOf(ImportRefusedException.class);
        assertThat(db.services().partners().list(PartnerQuery.all())).isEmpty();
    }

    @Test
    void withoutANameColumnTheAdviceNamesTheHeaderRowWhenTheTitleWasTakenForIt() {
        Path file = write("titel.csv", "Overzicht 2026;\nPraktijk;Woonplaats\nHuisartsenpraktijk Oost;Utrecht\n");
        CsvTable wrong = imports.readPartnerList(file, 1);

        ImportPlan plan = imports.planPartnerList(wrong, ColumnMapping.suggest(wrong), ImportOptions.defaults(),
                Progress.none());

        assertThat(plan.fileProblems()).filteredOn(ImportProblem::isError).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("transfer.import.partners.header-below");
            assertThat(p.args()).containsExactly(1, 2);
        });
        assertThat(plan.rows()).noneMatch(r -> r.label().isEmpty() && !r.problems().isEmpty() && r.row() == 0);
    }

    @Test
    void anEmptyFileIsSaidToBeEmptyOnce() {
        for (String content : List.of("", "\n\n  \r\n", "\uFEFF")) {
            Path file = folder.resolve("leeg.csv");
            Fixtures.write(file, content, StandardCharsets.UTF_8, false);
            assertThatThrownBy(() -> imports.readPartnerList(file)).isInstanceOf(VerbinderException.class)
                    .extracting(e -> ((VerbinderException) e).messageKey()).isEqualTo("transfer.import.empty");
            assertThatThrownBy(() -> imports.planLinkedIn(file, ImportOptions.defaults(), Progress.none()))
                    .extracting(e -> ((VerbinderException) e).messageKey()).isEqualTo("transfer.import.empty");
            assertThatThrownBy(() -> imports.planVCards(file, ImportOptions.defaults(), Progress.none()))
                    .extracting(e -> ((VerbinderException) e).messageKey()).isEqualTo("transfer.import.empty");
        }
    }

    @Test
    void aBinaryFileIsNoTextFileAndItsBytesAreNotEchoedAsColumns() throws IOException {
        byte[] workbook = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0, (byte) 0x9A, (byte) 0xFF, 'x', 'l', '/'};
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2, 3};
        for (byte[] bytes : List.of(workbook, png)) {
            Path file = Files.write(folder.resolve("lijst.xlsx"), bytes);
            assertThatThrownBy(() -> imports.readPartnerList(file))
                    .extracting(e -> ((VerbinderException) e).messageKey()).isEqualTo("transfer.import.not-text");
            assertThatThrownBy(() -> imports.planVCards(file, ImportOptions.defaults(), Progress.none()))
                    .extracting(e -> ((VerbinderException) e).messageKey()).isEqualTo("transfer.import.not-text");
        }
    }

    @Test
    void twoPeopleWithTheSameNameAndOtherEmailAddressesAreBothKept() {
        Partner oost = db.services().partners().create(aPartner().named("Huisartsen Oost").inCategory(Category.GP)
                .build());
        db.services().contactPersons().add(ContactPerson.newAt(oost.id(), "Jan de Vries", null, "jan@oost.example",
                null, null, null));
        Path file = write("kaarten.vcf", card("Jan de Vries", "Huisartsen Oost", "j.devries@oost.example")
                + card("Jan de Vries", "Huisartsen Oost", "jan@oost.example"));

        ImportPlan plan = imports.planVCards(file, ImportOptions.defaults(), Progress.none());

        assertThat(plan.rows().get(0).personMatch()).isNull();
        assertThat(plan.rows().get(0).problems()).extracting(ImportProblem::messageKey)
                .containsExactly("transfer.import.person.namesake");
        assertThat(plan.rows().get(1).personMatch().id()).isNotNull();
        assertThat(plan.rows().get(1).unchanged()).isTrue();
        ImportPlan.Counts counts = plan.counts();
        ImportResult result = imports.run(plan, Progress.none());

        assertThat(db.services().contactPersons().forPartner(oost.id())).extracting(ContactPerson::email)
                .containsExactlyInAnyOrder("jan@oost.example", "j.devries@oost.example");
        assertCountsAgree(counts, result);
        assertThat(result.personsCreated()).isEqualTo(1);
        assertThat(result.personsFilled()).isZero();
    }

    @Test
    void importingTheSameLinkedInFileAgainSaysEveryRowIsAlreadyThere() {
        Path file = Fixtures.copy("linkedin-connections.csv", folder);
        ImportPlan first = imports.planLinkedIn(file, ImportOptions.defaults(), Progress.none());
        ImportPlan.Counts firstCounts = first.counts();
        assertCountsAgree(firstCounts, imports.run(first, Progress.none()));

        ImportPlan again = imports.planLinkedIn(file, ImportOptions.defaults(), Progress.none());

        assertThat(again.rows()).filteredOn(PlannedRow::lands).isNotEmpty().allMatch(PlannedRow::unchanged);
        ImportPlan.Counts counts = again.counts();
        assertThat(counts.unchanged()).isEqualTo(4);
        assertThat(counts.rowsToMerge()).isZero();
        assertThat(counts.personsToMerge()).isZero();
        assertThat(counts.landing()).isZero();
        ImportResult result = imports.run(again, Progress.none());
        assertThat(result.record()).isNull();
        assertCountsAgree(counts, result);
    }

    @Test
    void thePlanCountsWhatTheRunDoesWhenPeopleAreFilledIn() {
        Partner thart = db.services().partners().create(aPartner().named("Diëtistenpraktijk 't Hart")
                .inCategory(Category.DIETITIAN).build());
        db.services().contactPersons().add(ContactPerson.newAt(thart.id(), "Anna 't Hart", null, null, "030-1234567",
                null, null));
        ImportPlan plan = imports.planLinkedIn(Fixtures.copy("linkedin-connections.csv", folder),
                ImportOptions.defaults(), Progress.none());

        ImportPlan.Counts counts = plan.counts();
        ImportResult result = imports.run(plan, Progress.none());

        assertThat(counts.personsToMerge()).isEqualTo(1);
        assertThat(plan.rows().getFirst().personFills()).containsExactly("role", "email", "linkedinUrl");
        assertCountsAgree(counts, result);
    }

    @Test
    void aFileWithoutACategoryColumnSaysSoOnceAndMarksEachRow() {
        Path file = write("zonder.csv", "Naam;Plaats\nHuisartsenpraktijk Oost;Utrecht\nBakkerij Zoet;Zeist\n");
        CsvTable table = imports.readPartnerList(file);

        ImportPlan plan = imports.planPartnerList(table, ColumnMapping.suggest(table), ImportOptions.defaults(),
                Progress.none());

        assertThat(plan.fileProblems()).extracting(ImportProblem::messageKey)
                .containsExactly("transfer.import.category.no-column");
        assertThat(plan.rows()).allSatisfy(r -> assertThat(r.problems()).extracting(ImportProblem::messageKey)
                .containsExactly("transfer.import.category.not-given"));
        assertThat(plan.refused()).isFalse();
    }

    private static void assertCountsAgree(ImportPlan.Counts counts, ImportResult result) {
        assertThat(result.partnersCreated()).isEqualTo(counts.partnersToCreate());
        assertThat(result.partnersFilled()).isEqualTo(counts.partnersToFill());
        assertThat(result.personsCreated()).isEqualTo(counts.personsToCreate());
        assertThat(result.personsFilled()).isEqualTo(counts.personsToMerge());
    }

    private static String card(String name, String organisation, String email) {
        return "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + name + "\r\nORG:" + organisation + "\r\nEMAIL:" + email
                + "\r\nEND:VCARD\r\n";
    }

    private Path write(String name, String text) {
        return Fixtures.write(folder.resolve(name), text, StandardCharsets.UTF_8, false);
    }
}
