package nl.verbinder.service.transfer.imports;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.service.transfer.Fixtures;
import nl.verbinder.service.transfer.NetworkFixture;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.service.transfer.exports.VCardVersion;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LinkedIn connections and vCards: people grouped into partners by their company. */
class PeopleImportTest {

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
    void linkedInHeaderIsFoundAfterNotesLinesQuotingAndBom() {
        Partner yilmaz = db.services().partners().create(aPartner().named("Huisartsenpraktijk Yılmaz").build());

        ImportPlan plan = imports.planLinkedIn(Fixtures.copy("linkedin-connections.csv", folder),
                ImportOptions.defaults(), Progress.none());

        assertThat(plan.encoding()).isEqualTo("UTF-8 BOM");
        assertThat(plan.rows()).extracting(PlannedRow::row, PlannedRow::label, PlannedRow::action).containsExactly(
                tuple(5, "Anna 't Hart", RowAction.CREATE),
                tuple(6, "Mehmet Yılmaz", RowAction.MERGE),
                tuple(7, "Sanne de Vries", RowAction.SKIP),
                tuple(8, "Pieter Bakker", RowAction.CREATE),
                tuple(9, "Joost Jansen", RowAction.MERGE));
        assertThat(plan.rows().get(1).partnerMatch()).isEqualTo(new Match(yilmaz.id(), "Huisartsenpraktijk Yılmaz",
                null, MatchReason.SAME_NAME));
        assertThat(plan.rows().get(2).problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("transfer.import.person.no-company");
            assertThat(p.column()).isEqualTo("Company");
            assertThat(p.isError()).isFalse();
        });
        assertThat(plan.refused()).isFalse();

        imports.run(plan, Progress.none());

        assertThat(db.services().contactPersons().forPartner(yilmaz.id())).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Mehmet Yılmaz");
            assertThat(p.role()).isEqualTo("Huisarts, praktijkhouder");
            assertThat(p.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/mehmetyilmaz");
        });
        Partner hercules = db.services().partners().resolve("Sportvereniging Hercules");
        assertThat(hercules.category()).isEqualTo(Category.OTHER);
        assertThat(db.services().contactPersons().forPartner(hercules.id())).extracting(ContactPerson::name)
                .containsExactly("Joost Jansen", "Pieter Bakker");
        assertThat(db.services().partners().resolve("'t Hart").name()).isEqualTo("Diëtistenpraktijk 't Hart");
        assertThat(db.services().partners().count(PartnerQuery.all())).isEqualTo(3);
    }

    @Test
    void linkedInPeopleAlreadyKnownAtTheirPartnerAreFilledInNotDoubled() {
        Partner thart = db.services().partners().create(aPartner().named("Diëtistenpraktijk 't Hart")
                .inCategory(Category.DIETITIAN).build());
        db.services().contactPersons().add(ContactPerson.newAt(thart.id(), "Anna 't Hart", null, null, "030-1234567",
                null, null));

        ImportPlan plan = imports.planLinkedIn(Fixtures.copy("linkedin-connections.csv", folder),
                ImportOptions.defaults(), Progress.none());
        assertThat(plan.rows().getFirst().personMatch().reason()).isEqualTo(MatchReason.SAME_NAME);
        imports.run(plan, Progress.none());

        assertThat(db.services().contactPersons().forPartner(thart.id())).singleElement().satisfies(p -> {
            assertThat(p.phone()).isEqualTo("030-1234567");
            assertThat(p.email()).isEqualTo("anna@thart.example");
            assertThat(p.role()).isEqualTo("Diëtist");
        });
        assertThat(db.services().partners().get(thart.id()).category()).isEqualTo(Category.DIETITIAN);
    }

    @Test
    void aFileThatIsNotLinkedInsIsRefused() {
        Path file = Fixtures.write(folder.resolve("x.csv"), "Naam,Plaats\nA,B\n", StandardCharsets.UTF_8, false);

        ImportPlan plan = imports.planLinkedIn(file, ImportOptions.defaults(), Progress.none());

        assertThat(plan.refused()).isTrue();
        assertThat(plan.fileProblems()).extracting(ImportProblem::messageKey)
                .containsExactly("transfer.import.linkedin.no-header");
    }

    @Test
    void vCards21With1252QuotedPrintable30And40BecomeContactPersonsByOrganisation() {
        for (String name : new String[] {"contacts-v21.vcf", "contacts-v3.vcf", "contacts-v4.vcf"}) {
            ImportPlan plan = imports.planVCards(Fixtures.copy(name, folder), ImportOptions.defaults(),
                    Progress.none());
            assertThat(plan.refused()).as(name).isFalse();
            imports.run(plan, Progress.none());
        }

        Partner thart = db.services().partners().resolve("'t Hart");
        assertThat(thart.name()).isEqualTo("Diëtistenpraktijk 't Hart");
        assertThat(db.services().contactPersons().forPartner(thart.id()))
                .extracting(ContactPerson::name, ContactPerson::role, ContactPerson::phone, ContactPerson::email)
                .containsExactly(tuple("Anna 't Hart", "Diëtist", "030-1234567", "anna@thart.example"));
        Partner yilmaz = db.services().partners().resolve("Yılmaz");
        assertThat(db.services().contactPersons().forPartner(yilmaz.id())).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Mehmet Yılmaz");
            assertThat(p.phone()).isEqualTo("06 12345678");
            assertThat(p.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/mehmetyilmaz");
            assertThat(p.notes()).isEqualTo("Spreekt Turks en Nederlands, ook Engels.");
        });
        Partner hercules = db.services().partners().resolve("Hercules");
        assertThat(db.services().contactPersons().forPartner(hercules.id())).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Zoë Bakker");
            assertThat(p.phone()).isEqualTo("+31-30-1234567");
        });
        assertThat(db.services().partners().count(PartnerQuery.all())).isEqualTo(3);
    }

    @Test
    void aVCardWithoutOrganisationIsReportedNotGuessed() {
        ImportPlan plan = imports.planVCards(Fixtures.copy("contacts-v3.vcf", folder), ImportOptions.defaults(),
                Progress.none());

        assertThat(plan.rows()).extracting(PlannedRow::row, PlannedRow::label, PlannedRow::action).containsExactly(
                tuple(1, "Mehmet Yılmaz", RowAction.CREATE), tuple(2, "Sanne de Vries", RowAction.SKIP));
        assertThat(plan.rows().get(1).problems()).extracting(ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(tuple("ORG", "transfer.import.person.no-company"));
    }

    @Test
    void exportedVCardsImportBackIntoTheSamePeople() {
        Path cards = folder.resolve("export.vcf");
        try (TestDatabase source = TestDatabase.in(folder.resolve("source"))) {
            new NetworkFixture(source.services());
            source.services().exports().exportContactPersons(VCardVersion.V3, false, cards, Progress.none());
        }

        imports.run(imports.planVCards(cards, ImportOptions.defaults(), Progress.none()), Progress.none());

        Partner thart = db.services().partners().resolve("'t Hart");
        assertThat(db.services().contactPersons().forPartner(thart.id())).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Anna 't Hart");
            assertThat(p.role()).isEqualTo("Diëtist");
            assertThat(p.email()).isEqualTo("anna@thart.example");
            assertThat(p.phone()).isEqualTo("06-12345678");
            assertThat(p.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/annathart");
            assertThat(p.notes()).isEqualTo("Ziet ook kinderen");
        });
    }
}
