package nl.verbinder.service;

import static nl.verbinder.testutil.ContactMomentBuilder.aMoment;
import static nl.verbinder.testutil.ContactPersonBuilder.aContactPerson;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.testutil.SharedGoalBuilder.aGoal;
import static nl.verbinder.testutil.TherapistBuilder.aTherapist;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.verbinder.domain.ConflictException;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.Mention;
import nl.verbinder.domain.MentionKind;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerOverview;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.domain.Therapist;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An erase stays erased: a form opened before it cannot save the name back, a tag with the
 * name is no longer found, the variants people write are found and shown before anything
 * goes, and the file holds no trace even when the app stopped right after the erase.
 */
class EraseStaysErasedTest {

    private static final String NAME = "Özlem Zwanenburg";

    @TempDir
    Path folder;

    private long partner;
    private long ozlem;
    private long moment;
    private long goal;
    private long therapist;

    @BeforeEach
    void ozlemIsMentionedInManyWays() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            Services s = db.services();
            therapist = s.therapists().add(aTherapist().named("Sanne Jansen")
                    .goodAt("Werkt samen met Özlem  Zwanenburg").build()).id();
            partner = s.partners().create(aPartner().named("Huisarts Oost").tagged("team Zwanenburg", "ouderen")
                    .withNotes("Bel Ozlem\nZwanenburg op 0698765432 of +31 6 98765432; mail O.ZWANENBURG@OOST.NL."
                            + " Mevrouw Zwanenburg werkt ma-wo. Özlem houdt van korte lijnen.")
                    .build()).id();
            ozlem = s.contactPersons().add(aContactPerson().at(partner).named(NAME).withRole("POH")
                    .withEmail("o.zwanenburg@oost.nl").withPhone("06 98765432").build()).id();
            goal = s.goals().create(aGoal().whatIsGoingOn("ÖZLEM ZWANENBURG ziet veel ouderen die vallen")
                    .withPartners(partner).build()).id();
            moment = s.moments().log(aMoment().with(partner).about("Overleg met Özlem Zwanenburg, tel. 06-98765432")
                    .withContactPersons(ozlem).build()).id();
        }
    }

    @Test
    void aPartnerLoadedBeforeTheEraseCannotBeSavedAfterIt() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            Services s = db.services();
            Partner stale = s.partners().get(partner);

            s.contactPersons().erase(ozlem);

            assertThatThrownBy(() -> s.partners().update(stale.toBuilder().city("Utrecht").build()))
                    .isInstanceOf(ConflictException.class);
            assertThat(s.partners().get(partner).notes()).doesNotContainIgnoringCase("zwanenburg");
        }
    }

    /** Two service stacks on one database are two processes (two workstations): each has its own connections. */
    @Test
    void formsOpenInAnotherProcessCannotWriteTheNameBack() {
        try (TestDatabase window = TestDatabase.in(folder); TestDatabase other = TestDatabase.in(folder)) {
            Services w = window.services();
            Partner stalePartner = w.partners().get(partner);
            ContactMoment staleMoment = w.moments().get(moment);
            SharedGoal staleGoal = w.goals().get(goal);
            Therapist staleTherapist = w.therapists().get(therapist);

            other.services().contactPersons().erase(ozlem);

            assertThatThrownBy(() -> w.partners().update(stalePartner)).isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> w.moments().update(staleMoment)).isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> w.goals().update(staleGoal)).isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> w.therapists().update(staleTherapist)).isInstanceOf(ConflictException.class);
            assertThat(w.contactPersons().countMentions("Zwanenburg")).isZero();
        }
    }

    @Test
    void aTagThatHeldTheNameIsNoLongerFound() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            Services s = db.services();
            assertThat(search(s, "Zwanenburg")).containsExactly("Huisarts Oost");

            s.contactPersons().erase(ozlem);

            assertThat(search(s, "Zwanenburg")).isEmpty();
            assertThat(search(s, "ouderen")).containsExactly("Huisarts Oost");
            assertThat(s.partners().get(partner).tags()).containsExactlyInAnyOrder("team […]", "ouderen");
        }
    }

    @Test
    void everyMentionIsShownWithWhereItIsBeforeErasing() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            List<Mention> mentions = db.services().contactPersons().findMentions(ozlem);

            assertThat(mentions).extracting(m -> m.recordType() + "." + m.field() + ": " + m.kind().code() + " '"
                    + m.found().replace("\n", "⏎") + "'").containsExactlyInAnyOrder(
                    "therapist.competences: full-name 'Özlem  Zwanenburg'",
                    "partner.notes: full-name 'Ozlem⏎Zwanenburg'",
                    "partner.notes: phone '0698765432'",
                    "partner.notes: phone '+31 6 98765432'",
                    "partner.notes: email 'O.ZWANENBURG@OOST.NL'",
                    "partner.notes: surname 'Zwanenburg'",
                    "partner.notes: first-name 'Özlem'",
                    "partner-tag.tag: surname 'Zwanenburg'",
                    "shared-goal.what_is_going_on: full-name 'ÖZLEM ZWANENBURG'",
                    "contact-moment.summary: full-name 'Özlem Zwanenburg'",
                    "contact-moment.summary: phone '06-98765432'");
            Mention note = mentions.stream().filter(m -> m.kind() == MentionKind.PHONE && m.recordType().equals("partner"))
                    .findFirst().orElseThrow();
            assertThat(note.recordLabel()).isEqualTo("Huisarts Oost");
            assertThat(note.snippet()).contains("op 0698765432 of");
            assertThat(mentions.stream().filter(m -> m.recordType().equals("contact-moment")).findFirst().orElseThrow()
                    .recordLabel()).endsWith(" · Huisarts Oost");
        }
    }

    @Test
    void aFirstNameAloneGoesOnlyWhenTheUserConfirmsIt() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            Services s = db.services();
            List<Mention> mentions = s.contactPersons().findMentions(ozlem);
            List<Mention> withoutFirstName = mentions.stream().filter(m -> m.kind() != MentionKind.FIRST_NAME).toList();

            int changed = s.contactPersons().erasePerson(ozlem, withoutFirstName);

            assertThat(changed).isEqualTo(5);
            assertThat(s.partners().get(partner).notes()).isEqualTo("Bel […] op […] of […]; mail […]."
                    + " Mevrouw […] werkt ma-wo. Özlem houdt van korte lijnen.");
        }
    }

    @Test
    void mentionsThatLeaveNoDoubtGoEvenWhenNotConfirmed() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            Services s = db.services();

            s.contactPersons().erasePerson(ozlem, List.of());

            assertThat(s.partners().get(partner).notes()).isEqualTo("Bel […] op […] of […]; mail […]."
                    + " Mevrouw Zwanenburg werkt ma-wo. Özlem houdt van korte lijnen.");
            assertThat(s.moments().get(moment).summary()).isEqualTo("Overleg met […], tel. […]");
        }
    }

    @Test
    void theFileAndItsLogHoldNoVariantOfTheNameWhileTheAppRuns() throws IOException {
        assumeFalse(TestDatabase.onPostgres(), "the bytes of the SQLite file and its log; ServerEraseTest reads the server's");
        try (TestDatabase db = TestDatabase.in(folder)) {
            Services s = db.services();
            s.contactPersons().erasePerson(ozlem, s.contactPersons().findMentions(ozlem));

            assertNoTrace(folder.resolve("verbinder.db"));
            assertNoTrace(folder.resolve("verbinder.db-wal"));
        }
    }

    /**
     * The erase commits with a note that the file still needs its clean-up; when the app stops
     * before the clean-up (the files are copied as a crash would leave them), the next start
     * finishes it.
     */
    @Test
    void anEraseCutShortBeforeItsCleanUpIsFinishedAtTheNextStart() throws IOException {
        assumeFalse(TestDatabase.onPostgres(), "copies the SQLite file and its log as a crash leaves them");
        Path crashed = Files.createDirectories(folder.resolve("crashed"));
        try (TestDatabase db = TestDatabase.in(folder)) {
            ContactPersonService persons = db.services().contactPersons();
            List<String> confirmed = persons.findMentions(ozlem).stream().map(Mention::key).toList();
            persons.eraseInTransaction(ozlem, m -> confirmed.contains(m.key()));
            Files.copy(folder.resolve("verbinder.db"), crashed.resolve("verbinder.db"));
            Files.copy(folder.resolve("verbinder.db-wal"), crashed.resolve("verbinder.db-wal"));
        }
        assertThat(raw(crashed.resolve("verbinder.db"))).as("the file as the crash left it").contains("zwanenburg");

        try (TestDatabase restarted = TestDatabase.in(crashed)) {
            assertNoTrace(crashed.resolve("verbinder.db"));
            assertNoTrace(crashed.resolve("verbinder.db-wal"));
            assertThat(restarted.services().contactPersons().finishPendingErasure()).isTrue();
            assertThat(restarted.services().contactPersons().countMentions("Zwanenburg")).isZero();
        }
    }

    private static void assertNoTrace(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        String bytes = raw(file);
        String utf8 = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        for (String trace : List.of("zwanenburg", "o.zwanenburg@oost.nl", "98765432", "98 76 54 32", "6 98765432")) {
            assertThat(bytes).as("%s in %s", trace, file.getFileName()).doesNotContain(trace);
        }
        for (String trace : List.of("özlem", "ozlem")) {
            assertThat(utf8).as("%s in %s", trace, file.getFileName()).doesNotContain(trace);
        }
    }

    /** The file's bytes as lower-case text, one char per byte (the traces looked for are ASCII). */
    private static String raw(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    }

    private static List<String> search(Services s, String text) {
        return s.partners().list(PartnerQuery.all().withSearch(text)).stream().map(PartnerOverview::name).toList();
    }
}
