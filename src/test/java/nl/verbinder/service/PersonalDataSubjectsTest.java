package nl.verbinder.service;

import static nl.verbinder.testutil.ContactMomentBuilder.aMoment;
import static nl.verbinder.testutil.EnvironmentNoteBuilder.aNote;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.testutil.RefusalAssert.assertRefused;
import static nl.verbinder.testutil.TherapistBuilder.aTherapist;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.Mention;
import nl.verbinder.domain.PartnerKind;
import nl.verbinder.domain.PersonalData;
import nl.verbinder.i18n.Messages;
import nl.verbinder.testutil.PlainSqlite;
import nl.verbinder.testutil.TestDatabase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inzage and export for the other people Verbinder holds data about: a therapist of the
 * practice, and a partner that is a person (a coach working alone), on a real database file.
 */
class PersonalDataSubjectsTest {

    @TempDir
    Path folder;

    private TestDatabase db;
    private PersonalDataService privacy;
    private long sanne;
    private long coach;
    private long huisarts;

    @BeforeEach
    void aTherapistAndACoach() throws Exception {
        db = TestDatabase.in(folder);
        Services s = db.services();
        sanne = s.therapists().add(aTherapist().named("Sanne Visser").goodAt("Hardlopen, knieklachten").build()).id();
        s.therapists().add(aTherapist().named("Sanne Bos").build());
        coach = s.partners().create(aPartner().named("Karin Mulder").ofKind(PartnerKind.PERSON)
                .inCategory(Category.OTHER).withEmail("karin@leefstijlcoach.example").withPhone("06-55512345")
                .tagged("leefstijl").build()).id();
        huisarts = s.partners().create(aPartner().named("Huisarts Oost").build()).id();
        s.moments().log(aMoment().with(coach).about("Samen een beweegprogramma opzetten").loggedBy(sanne)
                .withTherapists(sanne).build());
        s.moments().log(aMoment().with(huisarts).about("Karin  Mulder noemde de huisarts als verwijzer").build());
        s.environment().create(aNote().titled("Netwerk").saying("Sanne Visser zit in het wijknetwerk; bel 0655512345")
                .build());
        try (Connection c = PlainSqlite.open(db.file())) {
            PlainSqlite.execute(c, "INSERT INTO import_record (id, source, file_name, imported_at, row_count) "
                    + "VALUES (3, 'partners-csv', 'partners.csv', '2026-04-01T09:00:00Z', 5)");
            PlainSqlite.execute(c, "INSERT INTO import_record_item (import_id, entity, entity_id, action, "
                    + "version_after) VALUES (3, 'partner', ?, 'created', 0)", coach);
        }
        privacy = s.personalData();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aTherapistsInzageHasTheRecordTheirMomentsAndEveryMentionButNotTheirOwnRow() {
        PersonalData data = privacy.gather(PersonalData.Subject.THERAPIST, sanne);

        assertThat(data.subject()).isEqualTo(PersonalData.Subject.THERAPIST);
        assertThat(data.name()).isEqualTo("Sanne Visser");
        assertThat(data.record()).extracting(PersonalData.Field::labelKey, PersonalData.Field::value)
                .contains(org.assertj.core.groups.Tuple.tuple("privacy.field.competences", "Hardlopen, knieklachten"),
                        org.assertj.core.groups.Tuple.tuple("privacy.field.therapist-role", "therapist"));
        assertThat(data.moments()).extracting(PersonalData.Moment::summary)
                .containsExactly("Samen een beweegprogramma opzetten");
        assertThat(data.mentions()).extracting(m -> m.recordType() + "." + m.field())
                .contains("environment-note.body");
        assertThat(data.mentions()).as("their own record is the record, not a mention")
                .noneMatch(m -> m.recordType().equals("therapist") && m.recordId().equals(String.valueOf(sanne)));
        assertThat(data.imports()).isEmpty();
    }

    @Test
    void aPartnerThatIsAPersonHasItsRecordMomentsMentionsInOddSpellingsAndImports() {
        PersonalData data = privacy.gather(PersonalData.Subject.PARTNER, coach);

        assertThat(data.name()).isEqualTo("Karin Mulder");
        assertThat(data.record()).extracting(PersonalData.Field::value)
                .contains("karin@leefstijlcoach.example", "06-55512345", "leefstijl", "other");
        assertThat(data.moments()).extracting(PersonalData.Moment::summary)
                .containsExactly("Samen een beweegprogramma opzetten");
        assertThat(data.mentions()).extracting(Mention::recordType, Mention::field).contains(
                org.assertj.core.groups.Tuple.tuple("contact-moment", "summary"),
                org.assertj.core.groups.Tuple.tuple("environment-note", "body"));
        assertThat(data.mentions()).extracting(Mention::recordType).doesNotContain("partner");
        assertThat(data.imports()).singleElement().satisfies(i -> {
            assertThat(i.fileName()).isEqualTo("partners.csv");
            assertThat(i.action()).isEqualTo("created");
        });
    }

    @Test
    void anOrganisationHasNoInzageOfItsOwn() {
        assertRefused(() -> privacy.gather(PersonalData.Subject.PARTNER, huisarts))
                .withKey("privacy.partner.not-a-person").saysInDutch("Huisarts Oost", "organisatie");
        assertRefused(() -> privacy.resolvePartner("Huisarts Oost")).withKey("privacy.partner.unknown");
    }

    @Test
    void namesAreResolvedWithAClearMessageWhenAmbiguous() {
        assertThat(privacy.resolveTherapist("sanne visser").id()).isEqualTo(sanne);
        assertThat(privacy.resolveTherapist(String.valueOf(sanne)).id()).isEqualTo(sanne);
        assertRefused(() -> privacy.resolveTherapist("Sanne")).withKey("privacy.therapist.ambiguous")
                .saysInDutch("Sanne Visser (" + sanne + ")", "Sanne Bos", "Geef het nummer");
        assertThat(privacy.resolvePartner("karin").id()).isEqualTo(coach);
    }

    @Test
    void theExportsOfATherapistAndAPartnerReadBack() throws Exception {
        Path json = folder.resolve("karin.json");
        privacy.export(PersonalData.Subject.PARTNER, coach, json, Messages.dutch());
        JsonNode read = new ObjectMapper().readTree(json.toFile());
        assertThat(read.get("subject").asText()).isEqualTo("PARTNER");
        assertThat(read.get("name").asText()).isEqualTo("Karin Mulder");
        assertThat(read.get("imports")).hasSize(1);

        Path pdf = folder.resolve("sanne.pdf");
        privacy.export(PersonalData.Subject.THERAPIST, sanne, pdf, Messages.forLanguage("en"));
        try (var document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Sanne Visser", "Hardlopen, knieklachten", "Samen een beweegprogramma opzetten");
        }
    }
}
