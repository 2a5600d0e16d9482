package nl.verbinder.service;

import static nl.verbinder.testutil.ContactMomentBuilder.aMoment;
import static nl.verbinder.testutil.ContactPersonBuilder.aContactPerson;
import static nl.verbinder.testutil.EnvironmentNoteBuilder.aNote;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.testutil.SharedGoalBuilder.aGoal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.Mention;
import nl.verbinder.domain.PartnerBulkChange;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.PersonalData;
import nl.verbinder.domain.PracticeProfile;
import nl.verbinder.domain.RetentionCandidate;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.domain.attention.HintCode;
import nl.verbinder.i18n.Messages;
import nl.verbinder.testutil.PlainDatabase;
import nl.verbinder.testutil.PlainSqlite;
import nl.verbinder.testutil.TestDatabase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inzage and export under the GDPR (AVG): everything about a contact person, found in every
 * table, in any notation, read back from the JSON and the PDF.
 */
class PersonalDataServiceTest {

    /**
     * Columns that can hold text but are not searched for a person, each with the reason. The
     * search index tables (SQLite's FTS5, the server's partner_search) are left out as a whole:
     * they copy their source tables. The walk reads each store's own catalogue, so a text column
     * added in a later migration of either store cannot be missed.
     */
    private static final Map<String, String> NOT_SEARCHED = Map.of(
            "flyway_schema_history.*", "the schema's own migration log: script names, no personal data",
            "history_change.*", "the change history: an erase removes the person from it (redactHistory)",
            "history_field.*", "the change history: an erase removes the person from it (redactHistory)",
            "history_context.*", "who works now and when: a therapist's name, emptied at every commit");

    @TempDir
    Path folder;

    private long anja;
    private long partner;

    @BeforeEach
    void anjaIsMentionedInOddSpellings() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            Services s = db.services();
            partner = s.partners().create(aPartner().named("Huisarts Oost").tagged("ANJA DE VRIES")
                    .withNotes("Bel 0031 6 1234 5678 voor overleg").build()).id();
            anja = s.contactPersons().add(aContactPerson().at(partner).named("Anja de Vries").withRole("POH")
                    .withEmail("a.devries@huisarts-oost.nl").withPhone("06 12345678").withNotes("Korte lijnen")
                    .build()).id();
            long other = s.contactPersons().add(aContactPerson().at(partner).named("Piet Bakker").build()).id();
            s.moments().log(aMoment().with(partner).on(LocalDate.of(2026, 10, 1)).about("Overleg met Änja  de\nVriës")
                    .withContactPersons(anja, other).build());
            s.moments().log(aMoment().with(partner).on(LocalDate.of(2026, 9, 1)).about("Alleen Piet")
                    .withContactPersons(other).build());
            s.goals().create(aGoal().whatIsGoingOn("Mail A.DeVries@Huisarts-Oost.NL over vallen")
                    .withPartners(partner).build());
            s.environment().create(aNote().titled("Wijk").saying("Contact: +31 (0)6-12 34 56 78").linkedTo(partner)
                    .build());
            PracticeProfile profile = s.practice().get();
            s.practice().save(new PracticeProfile("Fysio Oost", null, null, "Utrecht", null, null, null, null,
                    profile.updatedAt(), profile.version()));
        }
        try (Connection c = PlainDatabase.open(folder)) {
            PlainSqlite.execute(c, "INSERT INTO import_record (id, source, file_name, imported_at, row_count) "
                    + "VALUES (7, 'linkedin', 'Connections.csv', '2026-05-01T09:00:00Z', 12)");
            PlainSqlite.execute(c, "INSERT INTO import_record_item (import_id, entity, entity_id, action, "
                    + "version_after) VALUES (7, 'contact-person', ?, 'created', 0)", anja);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyColumnThatCanHoldTextIsSearchedOrConsciouslyLeftOut() throws Exception {
        List<String> searched;
        try (TestDatabase db = TestDatabase.in(folder)) {
            searched = db.services().personalData().searchedColumns();
        }
        assertThat(searched).contains("contact_moment.summary", "partner.notes", "partner_tag.tag",
                "shared_goal.what_is_going_on", "environment_note.body", "contact_person.notes", "setting.value");
        List<String> missed = new ArrayList<>();
        try (Connection c = PlainDatabase.open(folder)) {
            List<String> searchIndexes = PlainDatabase.searchIndexTables(c);
            assertThat(searchIndexes).as("the search index of either store").isNotEmpty();
            for (String table : PlainDatabase.tables(c)) {
                if (searchIndexes.contains(table) || NOT_SEARCHED.containsKey(table + ".*")) {
                    continue;
                }
                for (String column : PlainDatabase.columnsWithType(c, table)) {
                    String name = column.substring(0, column.indexOf('|'));
                    String type = column.substring(column.indexOf('|') + 1);
                    // Numbers, and the server's yes/no and moments (its migration log): no text.
                    boolean onlyNumbers = type.contains("INT") || type.contains("REAL") || type.contains("FLOA")
                            || type.contains("DOUB") || type.contains("NUMERIC") || type.equals("BOOLEAN")
                            || type.startsWith("TIMESTAMP");
                    String key = table + "." + name;
                    if (!onlyNumbers && !searched.contains(key) && !NOT_SEARCHED.containsKey(key)) {
                        missed.add(key + " (" + type + ")");
                    }
                }
            }
        }
        assertThat(missed).as("text columns the inzage neither searches nor lists as left out").isEmpty();
    }

    @Test
    void findsTheRecordMomentsMentionsInOddSpellingsAndImports() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            PersonalData data = db.services().personalData().gather(anja);

            assertThat(data.person().name()).isEqualTo("Anja de Vries");
            assertThat(data.partnerName()).isEqualTo("Huisarts Oost");
            assertThat(data.practiceName()).isEqualTo("Fysio Oost");
            assertThat(data.moments()).extracting(PersonalData.Moment::summary)
                    .containsExactly("Overleg met Änja  de\nVriës");
            assertThat(data.mentions()).extracting(m -> m.recordType() + "." + m.field()).contains(
                    "partner-tag.tag", "partner.notes", "contact-moment.summary", "shared-goal.what_is_going_on",
                    "environment-note.body");
            assertThat(data.mentions()).extracting(Mention::recordType).doesNotContain("contact-person");
            assertThat(data.imports()).singleElement().satisfies(i -> {
                assertThat(i.source()).isEqualTo("linkedin");
                assertThat(i.fileName()).isEqualTo("Connections.csv");
                assertThat(i.action()).isEqualTo("created");
            });
        }
    }

    @Test
    void resolvesByIdOrByNameInAnySpelling() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            PersonalDataService privacy = db.services().personalData();
            assertThat(privacy.resolve(String.valueOf(anja)).id()).isEqualTo(anja);
            assertThat(privacy.resolve("ANJA  de vries").id()).isEqualTo(anja);
            assertThat(privacy.resolve("bakker").name()).isEqualTo("Piet Bakker");
            assertThatThrownBy(() -> privacy.resolve("Jan Jansen")).isInstanceOf(VerbinderException.class)
                    .extracting(e -> ((VerbinderException) e).messageKey()).isEqualTo("privacy.person.unknown");
        }
    }

    @Test
    void theJsonExportReadsBackWithEverything() throws Exception {
        Path file = folder.resolve("inzage.json");
        try (TestDatabase db = TestDatabase.in(folder)) {
            db.services().personalData().export(anja, file, Messages.dutch());
        }
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.get("practiceName").asText()).isEqualTo("Fysio Oost");
        assertThat(json.get("person").get("name").asText()).isEqualTo("Anja de Vries");
        assertThat(json.get("person").get("email").asText()).isEqualTo("a.devries@huisarts-oost.nl");
        assertThat(json.get("moments")).hasSize(1);
        assertThat(json.get("moments").get(0).get("date").asText()).isEqualTo("2026-10-01");
        assertThat(json.get("mentions").size()).isGreaterThanOrEqualTo(5);
        assertThat(json.get("imports").get(0).get("fileName").asText()).isEqualTo("Connections.csv");
    }

    @Test
    void theInzageHoldsTheHistoryOfThePersonsRecordInEveryOutput() throws Exception {
        Path json = folder.resolve("inzage-history.json");
        Path pdf = folder.resolve("inzage-history.pdf");
        List<String> sentences;
        try (TestDatabase db = TestDatabase.in(folder)) {
            ContactPerson b = db.services().contactPersons().get(anja);
            db.services().contactPersons().update(new ContactPerson(b.id(), b.partnerId(), b.name(),
                    "Praktijkondersteuner", b.email(), b.phone(), b.linkedinUrl(), b.notes(), b.createdAt(),
                    b.updatedAt(), b.version()));

            PersonalData data = db.services().personalData().gather(anja);
            assertThat(data.history()).hasSizeGreaterThanOrEqualTo(2);
            sentences = db.services().personalData().historySentences(data, Messages.dutch());
            db.services().personalData().export(anja, json, Messages.dutch());
            db.services().personalData().export(anja, pdf, Messages.dutch());
        }
        assertThat(sentences).anySatisfy(line -> assertThat(line).contains("Praktijkondersteuner"));
        assertThat(new ObjectMapper().readTree(json.toFile()).get("history").size()).isGreaterThanOrEqualTo(2);
        assertThat(text(pdf)).contains("Wijzigingen in het gegeven (" + sentences.size() + ")")
                .contains("Praktijkondersteuner");
    }

    @Test
    void thePdfExportNamesThePersonThePracticeAndTheDateInEitherLanguage() throws Exception {
        Path dutch = folder.resolve("inzage.pdf");
        Path english = folder.resolve("access.PDF");
        try (TestDatabase db = TestDatabase.in(folder)) {
            db.services().personalData().export(anja, dutch, Messages.dutch());
            db.services().personalData().export(anja, english, Messages.english());
        }
        String nl = text(dutch);
        assertThat(nl).contains("Fysio Oost", "Persoonsgegevens van Anja de Vries", "a.devries@huisarts-oost.nl",
                "Datum: 23-11-2026", "Contactmomenten waarbij de persoon was (1)", "Connections.csv");
        String en = text(english);
        assertThat(en).contains("Fysio Oost", "Personal data of Anja de Vries", "Mentions in other texts");
    }

    @Test
    void theExportRefusesOtherFormatsAndTheDatabaseItself() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            PersonalDataService privacy = db.services().personalData();
            assertThatThrownBy(() -> privacy.export(anja, folder.resolve("inzage.txt"), Messages.dutch()))
                    .extracting(e -> ((VerbinderException) e).messageKey()).isEqualTo("privacy.export.format");
            assertThatThrownBy(() -> privacy.export(anja, folder.resolve("verbinder.db"), Messages.dutch()))
                    .extracting(e -> ((VerbinderException) e).messageKey()).isEqualTo("privacy.export.format");
            assertThat(Files.exists(folder.resolve("inzage.txt"))).isFalse();
        }
    }

    @Test
    void retentionListsPeopleKeptTooLongOnHandMadeDates() {
        Path other = folder.resolve("retention");
        long old;
        long recent;
        long ended;
        try (TestDatabase db = TestDatabase.in(other, TestDatabase.fixedClock(LocalDate.of(2023, 3, 1)))) {
            Services s = db.services();
            long active = s.partners().create(aPartner().named("Sportschool Fit").build()).id();
            long stopping = s.partners().create(aPartner().named("Oude Apotheek").build()).id();
            old = s.contactPersons().add(aContactPerson().at(active).named("Oud Contact").build()).id();
            recent = s.contactPersons().add(aContactPerson().at(active).named("Recent Contact").build()).id();
            ended = s.contactPersons().add(aContactPerson().at(stopping).named("Eind Contact").build()).id();
        }
        try (TestDatabase db = TestDatabase.in(other, TestDatabase.fixedClock(LocalDate.of(2025, 6, 1)))) {
            long active = db.services().partners().resolve("Sportschool Fit").id();
            db.services().moments().log(aMoment().with(active).on(LocalDate.of(2025, 6, 1)).about("Nog contact")
                    .withContactPersons(recent).build());
        }
        try (TestDatabase db = TestDatabase.in(other, TestDatabase.fixedClock(LocalDate.of(2024, 1, 10)))) {
            var partner = db.services().partners().resolve("Oude Apotheek");
            db.services().partners().changeMany(Map.of(partner.id(), partner.version()),
                    PartnerBulkChange.none().withStatus(PartnerStatus.ENDED));
        }
        try (TestDatabase db = TestDatabase.in(other)) {
            PersonalDataService privacy = db.services().personalData();
            assertThat(privacy.retentionMonths()).isEqualTo(24);
            List<RetentionCandidate> review = privacy.retentionReview(LocalDate.of(2026, 11, 23));
            assertThat(review).extracting(RetentionCandidate::personId).containsExactlyInAnyOrder(old, ended);
            assertThat(review).filteredOn(c -> c.personId() == ended).singleElement().satisfies(c -> {
                assertThat(c.reason()).isEqualTo(RetentionCandidate.Reason.PARTNER_ENDED);
                assertThat(c.since()).isEqualTo(LocalDate.of(2024, 1, 10));
            });
            assertThat(review).filteredOn(c -> c.personId() == old).singleElement()
                    .satisfies(c -> assertThat(c.since()).isEqualTo(LocalDate.of(2023, 3, 1)));

            assertThat(privacy.retentionReview(LocalDate.of(2025, 2, 28))).as("nobody two years yet").isEmpty();

            assertThat(db.services().attention().practiceHints(LocalDate.of(2026, 11, 23)))
                    .filteredOn(h -> h.code() == HintCode.PRIVACY_RETENTION).singleElement()
                    .satisfies(h -> assertThat(Messages.dutch().get(h.messageKey(), h.args().toArray()))
                            .startsWith("AVG: 2 contactpersonen langer bewaard dan ingesteld"));
            assertThat(db.services().attention().practiceHints(LocalDate.of(2025, 2, 28)))
                    .extracting(h -> h.code()).doesNotContain(HintCode.PRIVACY_RETENTION);

            privacy.keep(old, "Lopend dossier");
            assertThat(privacy.retentionReview(LocalDate.of(2026, 11, 23))).extracting(RetentionCandidate::personId)
                    .containsExactly(ended);
            privacy.setRetentionMonths(60);
            assertThat(privacy.retentionReview(LocalDate.of(2026, 11, 23))).as("five years").isEmpty();
            assertThat(db.services().contactPersons().get(old).name()).as("nothing deleted").isEqualTo("Oud Contact");
        }
    }

    private static String text(Path pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
