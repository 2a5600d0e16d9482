package nl.verbinder.service;

import static nl.verbinder.testutil.ContactMomentBuilder.aMoment;
import static nl.verbinder.testutil.ContactPersonBuilder.aContactPerson;
import static nl.verbinder.testutil.EnvironmentNoteBuilder.aNote;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.testutil.RefusalAssert.assertRefused;
import static nl.verbinder.testutil.SharedGoalBuilder.aGoal;
import static nl.verbinder.testutil.TherapistBuilder.aTherapist;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.PracticeProfile;
import nl.verbinder.testutil.PlainDatabase;
import nl.verbinder.testutil.PlainSqlite;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Erasing a person under the GDPR (AVG): afterwards nothing in the database holds their name,
 * e-mail address or phone number, not in any table (the history and the search index included)
 * and not in the file's bytes, while the contact moments they took part in stay, as the
 * practice's own history. On both stores; the bytes of the server's table files are
 * {@code ServerEraseTest}'s.
 */
class GdprEraseTest {

    private static final String NAME = "Anja de Vries";
    private static final String EMAIL = "a.devries@huisarts-oost.nl";
    private static final String PHONE = "06 12345678";

    @TempDir
    Path folder;

    private long partner;
    private long anja;
    private long piet;
    private long momentWithBoth;
    private long momentWithAnja;

    @BeforeEach
    void anjaIsMentionedEverywhere() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            Services s = db.services();
            long sanne = s.therapists().add(aTherapist().named("Sanne Jansen")
                    .goodAt("Werkt vaak samen met " + NAME + " van Huisarts Oost").build()).id();
            partner = s.partners().create(aPartner().named("Huisarts Oost").withEmail(EMAIL).withPhone(PHONE)
                    .tagged(NAME, "ouderen")
                    .knownThrough("Via " + NAME + ", de POH")
                    .withNotes("Bel " + NAME + " op " + PHONE + " of mail " + EMAIL + ". ANJA DE VRIES is er ma-wo.")
                    .build()).id();
            anja = s.contactPersons().add(aContactPerson().at(partner).named(NAME).withRole("POH")
                    .withEmail(EMAIL).withPhone(PHONE).onLinkedIn("linkedin.com/in/anja-de-vries")
                    .withNotes("Houdt van korte lijnen").build()).id();
            piet = s.contactPersons().add(aContactPerson().at(partner).named("Piet Bakker")
                    .withEmail("p.bakker@huisarts-oost.nl").withNotes("Collega van " + NAME).build()).id();
            long goal = s.goals().create(aGoal().whatIsGoingOn(NAME + " ziet veel ouderen die vallen")
                    .withPartners(partner).build()).id();
            momentWithBoth = s.moments().log(aMoment().with(partner)
                    .about("Overleg met " + NAME + " en Piet Bakker over valpreventie")
                    .offering("Groepstraining voor patiënten van " + NAME)
                    .followUp(NAME + " terugbellen op " + PHONE, TestDatabase.TODAY.plusDays(3))
                    .loggedBy(sanne).withContactPersons(anja, piet).servingGoals(goal).build()).id();
            momentWithAnja = s.moments().log(aMoment().with(partner).about(NAME)
                    .withContactPersons(anja).build()).id();
            s.environment().create(aNote().titled("Wijkoverleg").saying("Contact: " + EMAIL)
                    .linkedTo(partner).build());
            // A text that mentioned her and was changed since: only the history still holds the old one.
            var linde = s.partners().get(partner);
            s.partners().update(linde.toBuilder().whatTheyMeanForUs("Verwijzingen via " + NAME + ", " + EMAIL).build());
            s.partners().update(s.partners().get(partner).toBuilder().whatTheyMeanForUs("Verwijzingen").build());
            PracticeProfile profile = s.practice().get();
            s.practice().save(new PracticeProfile("Fysio Oost", null, null, "Utrecht", null, null,
                    "Korte lijnen met " + NAME, null, profile.updatedAt(), profile.version()));
        }
    }

    @Test
    void afterErasureNoTableHoldsTheNameEmailOrPhone() throws SQLException {
        try (TestDatabase db = TestDatabase.in(folder)) {
            int redacted = db.services().contactPersons().erase(anja);

            assertThat(redacted).isPositive();
            for (String trace : List.of(NAME, EMAIL, PHONE)) {
                assertThat(db.services().contactPersons().countMentions(trace)).as(trace).isZero();
            }
        }
        try (Connection c = PlainDatabase.open(folder)) {
            for (String trace : List.of(NAME, EMAIL, PHONE, "anja-de-vries")) {
                assertThat(everyFieldContaining(c, trace)).as("fields holding '%s'", trace).isEmpty();
            }
        }
    }

    @Test
    void theHistoryKeepsThatAPersonWasErasedNotWho() throws SQLException {
        try (Connection c = PlainDatabase.open(folder)) {
            assertThat(PlainSqlite.integer(c, "SELECT count(*) FROM history_field WHERE instr(old_value, ?) > 0",
                    NAME)).as("the history held her name before").isPositive();
        }
        try (TestDatabase db = TestDatabase.in(folder)) {
            db.services().contactPersons().erase(anja);

            var changes = db.services().history().forRecord(nl.verbinder.domain.history.RecordKind.CONTACT_PERSON,
                    anja);
            assertThat(changes.getFirst().action()).isEqualTo(nl.verbinder.domain.history.ChangeAction.ERASE);
            assertThat(changes).allSatisfy(change -> {
                assertThat(change.label()).isNull();
                assertThat(change.fields()).isEmpty();
            });
            assertThat(db.services().history().readable(changes.subList(0, 1), nl.verbinder.i18n.Messages.dutch())
                    .getFirst().sentence()).isEqualTo("Onbekend wiste een contactpersoon (AVG)");
            var partnerHistory = db.services().history().forPartner(partner, null);
            assertThat(partnerHistory).flatMap(nl.verbinder.domain.history.Change::fields)
                    .anySatisfy(f -> assertThat(f.oldValue()).isEqualTo("Verwijzingen via [\u2026], [\u2026]"));
            assertThat(db.services().history().readable(partnerHistory, nl.verbinder.i18n.Messages.dutch()))
                    .noneSatisfy(line -> assertThat(line.sentence()).containsIgnoringCase("Anja"));
        }
        try (Connection c = PlainDatabase.open(folder)) {
            for (String trace : List.of(NAME, EMAIL, PHONE, "anja-de-vries", "Vries")) {
                assertThat(everyFieldContaining(c, trace)).as("fields holding '%s'", trace)
                        .noneMatch(field -> field.startsWith("history_"));
            }
        }
    }

    @Test
    void theMomentsThePersonTookPartInStay() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            db.services().contactPersons().erase(anja);

            ContactMoment both = db.services().moments().get(momentWithBoth);
            assertThat(both.summary()).isEqualTo("Overleg met [\u2026] en Piet Bakker over valpreventie");
            assertThat(both.followUp()).isEqualTo("[\u2026] terugbellen op [\u2026]");
            assertThat(both.contactPersonIds()).containsExactly(piet);
            assertThat(both.goalIds()).hasSize(1);
            assertThat(db.services().moments().get(momentWithAnja).summary()).isEqualTo("[\u2026]");
            assertThat(db.services().moments().timeline(partner)).hasSize(2);
        }
    }

    @Test
    void otherPeopleAndThePartnerStay() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            db.services().contactPersons().erase(anja);

            assertThat(db.services().contactPersons().forPartner(partner)).extracting(p -> p.id())
                    .containsExactly(piet);
            assertThat(db.services().contactPersons().get(piet).email()).isEqualTo("p.bakker@huisarts-oost.nl");
            assertThat(db.services().contactPersons().get(piet).notes()).isEqualTo("Collega van [\u2026]");
            assertThat(db.services().partners().get(partner).tags()).contains("ouderen");
            assertThat(db.services().partners().get(partner).name()).isEqualTo("Huisarts Oost");
        }
    }

    @Test
    void theFileHoldsNoTraceAfterClosing() throws IOException, SQLException {
        org.junit.jupiter.api.Assumptions.assumeFalse(TestDatabase.onPostgres(),
                "the bytes of the SQLite file; ServerEraseTest reads the server's table files");
        Path file = folder.resolve("verbinder.db");
        assertThat(rawText(file)).as("bytes of the file before erasing").contains(NAME.toLowerCase(Locale.ROOT));
        try (Connection c = PlainDatabase.open(folder)) {
            assertThat(everyFieldContaining(c, NAME)).as("the history held her too")
                    .anyMatch(field -> field.startsWith("history_field"));
        }

        try (TestDatabase db = TestDatabase.in(folder)) {
            db.services().contactPersons().erase(anja);
        }

        assertThat(folder.resolve("verbinder.db-wal")).doesNotExist();
        String bytes = rawText(file);
        for (String trace : List.of(NAME, EMAIL, PHONE)) {
            assertThat(bytes).as("bytes of the file").doesNotContain(trace.toLowerCase(Locale.ROOT));
        }
    }

    /** The file's bytes as lower-case text (one char per byte; the traces are ASCII). */
    private static String rawText(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    }

    @Test
    void erasesANameAlsoWhereItIsWrittenWithoutAccentsOrInCapitals() throws SQLException {
        try (TestDatabase db = TestDatabase.in(folder)) {
            long ozlem = db.services().contactPersons().add(aContactPerson().at(partner).named("Özlem Yılmaz").build())
                    .id();
            db.services().moments().log(aMoment().with(partner)
                    .about("Gesprek met Ozlem Yilmaz; ÖZLEM YILMAZ belt terug").withContactPersons(ozlem).build());

            db.services().contactPersons().erase(ozlem);

            assertThat(db.services().contactPersons().countMentions("Özlem Yılmaz")).isZero();
            assertThat(db.services().moments().timeline(partner)).extracting(v -> v.moment().summary())
                    .contains("Gesprek met [\u2026]; [\u2026] belt terug");
        }
        try (Connection c = PlainDatabase.open(folder)) {
            assertThat(everyFieldContaining(c, "Yılmaz")).isEmpty();
            assertThat(everyFieldContaining(c, "Yilmaz")).isEmpty();
        }
    }

    /** Folding "ß" to "ss" or dropping a separate accent mark changes a text's length; the name must still go. */
    @Test
    void erasesANameInATextWhoseLengthChangesWhenFolded() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            long pedro = db.services().contactPersons().add(aContactPerson().at(partner).named("Pedro Muñoz").build())
                    .id();
            db.services().moments().log(aMoment().with(partner)
                    .about("Overleg in de Hauptstraße met Pedro Mun\u0303oz en PEDRO MUNOZ").withContactPersons(pedro)
                    .build());

            db.services().contactPersons().erase(pedro);

            assertThat(db.services().contactPersons().countMentions("Pedro Muñoz")).isZero();
            assertThat(db.services().moments().timeline(partner)).extracting(v -> v.moment().summary())
                    .contains("Overleg in de Hauptstraße met [\u2026] en [\u2026]");
        }
    }

    @Test
    void keepsWordsThatOnlyContainTheName() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            long jan = db.services().contactPersons().add(aContactPerson().at(partner).named("Jan").build()).id();
            db.services().moments().log(aMoment().with(partner).about("Jan belt in januari, met Jansen erbij")
                    .withContactPersons(jan).build());

            db.services().contactPersons().erase(jan);

            assertThat(db.services().moments().timeline(partner)).extracting(v -> v.moment().summary())
                    .contains("[\u2026] belt in januari, met Jansen erbij");
        }
    }

    @Test
    void erasingAnUnknownPersonIsNotFound() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            assertRefused(() -> db.services().contactPersons().erase(999))
                    .withKey("error.not-found")
                    .saysInDutch("Niet gevonden: contactpersoon 999.")
                    .saysInEnglish("Not found: contact person 999.");
        }
    }

    /** Every field of every table, the migration log, the history and the search index included. */
    private static List<String> everyFieldContaining(Connection c, String trace) {
        return PlainDatabase.everyFieldContaining(c, trace);
    }
}
