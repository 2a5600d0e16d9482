package nl.verbinder.service;

import static nl.verbinder.testutil.ContactMomentBuilder.aMoment;
import static nl.verbinder.testutil.ContactPersonBuilder.aContactPerson;
import static nl.verbinder.testutil.EnvironmentNoteBuilder.aNote;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.testutil.RefusalAssert.assertRefused;
import static nl.verbinder.testutil.SharedGoalBuilder.aGoal;
import static nl.verbinder.testutil.TherapistBuilder.aTherapist;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import java.util.Arrays;
import nl.verbinder.domain.NotFoundException;
import nl.verbinder.domain.PartnerOverview;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.domain.TrashItem;
import nl.verbinder.domain.attention.AttentionFilter;
import nl.verbinder.domain.insight.NetworkFilter;
import nl.verbinder.domain.insight.Quarter;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trash of contact moments, shared goals, environment notes and contact persons, on a real
 * database file: each goes with its links, counts nowhere while it is there, comes back with
 * its links, and goes for good only from the trash.
 */
class TrashTest {

    private static final java.time.LocalDate TODAY = TestDatabase.TODAY;

    @TempDir
    Path folder;

    private TestDatabase db;
    private Services s;
    private long oost;
    private long west;
    private long anja;
    private long piet;
    private long goal;
    private long moment;
    private long note;

    @BeforeEach
    void aPracticeWithLinks() {
        db = TestDatabase.in(folder);
        s = db.services();
        piet = s.therapists().add(aTherapist().named("Piet Smit").build()).id();
        oost = s.partners().create(aPartner().named("Huisarts Oost").withRhythm(60).build()).id();
        west = s.partners().create(aPartner().named("Huisarts West").build()).id();
        anja = s.contactPersons().add(aContactPerson().at(oost).named("Anja de Vries").build()).id();
        goal = s.goals().create(aGoal().titled("Valpreventie").withPartners(oost, west).build()).id();
        s.moments().log(aMoment().with(oost).on(TODAY.minusDays(100)).about("Eerste kennismaking").build());
        moment = s.moments().log(aMoment().with(oost).on(TODAY.minusDays(10)).about("Overleg valpreventie")
                .withContactPersons(anja).withTherapists(piet).servingGoals(goal).build()).id();
        note = s.environment().create(aNote().titled("Veel ouderen in Oost").linkedTo(oost, west).build()).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aMomentGoesWithItsPersonsTherapistsAndGoalsAndComesBackWithThem() {
        long item = s.moments().moveToTrash(moment);

        assertThatThrownBy(() -> s.moments().get(moment)).isInstanceOf(NotFoundException.class);
        assertThat(db.rowCount("contact_moment_person")).isZero();
        assertThat(db.rowCount("contact_moment_goal")).isZero();
        assertThat(db.rowCount("contact_moment_therapist")).isZero();
        assertThat(s.goals().moments(goal)).isEmpty();
        assertThat(s.trash().list()).singleElement().satisfies(trashed -> {
            assertThat(trashed.kind()).isEqualTo(TrashItem.Kind.CONTACT_MOMENT);
            assertThat(trashed.label()).isEqualTo("Overleg valpreventie");
            assertThat(trashed.partnerId()).isEqualTo(oost);
        });

        assertThat(s.trash().restore(item)).isEqualTo(moment);

        var back = s.moments().get(moment);
        assertThat(back.summary()).isEqualTo("Overleg valpreventie");
        assertThat(back.contactPersonIds()).containsExactly(anja);
        assertThat(back.therapistIds()).containsExactly(piet);
        assertThat(back.goalIds()).containsExactly(goal);
        assertThat(s.trash().list()).isEmpty();
    }

    @Test
    void aGoalGoesWithItsPartnersAndMomentsAndComesBackWithThem() {
        long item = s.goals().moveToTrash(goal);

        assertThat(s.goals().list()).isEmpty();
        assertThat(s.moments().get(moment).goalIds()).isEmpty();
        assertThat(db.rowCount("shared_goal_partner")).isZero();

        s.trash().restore(item);

        assertThat(s.goals().get(goal).partnerIds()).containsExactlyInAnyOrder(oost, west);
        assertThat(s.moments().get(moment).goalIds()).containsExactly(goal);
    }

    @Test
    void aNoteGoesWithItsPartnersAndComesBackWithThem() {
        long item = s.environment().moveToTrash(note);

        assertThat(s.environment().list()).isEmpty();
        assertThat(db.rowCount("environment_note_partner")).isZero();

        s.trash().restore(item);

        assertThat(s.environment().list()).singleElement()
                .satisfies(n -> assertThat(n.partnerIds()).containsExactlyInAnyOrder(oost, west));
    }

    @Test
    void aContactPersonGoesWithTheMomentsTheyTookPartInAndIsFoundAgainWhenBack() {
        long item = s.contactPersons().moveToTrash(anja);

        assertThat(s.contactPersons().forPartner(oost)).isEmpty();
        assertThat(s.moments().get(moment).contactPersonIds()).isEmpty();
        assertThat(s.partners().list(PartnerQuery.all().withSearch("anja"))).isEmpty();
        assertThat(s.trash().list()).singleElement().satisfies(t -> {
            assertThat(t.label()).isEqualTo("Anja de Vries");
            assertThat(t.partnerId()).isEqualTo(oost);
        });

        s.trash().restore(item);

        assertThat(s.contactPersons().get(anja).name()).isEqualTo("Anja de Vries");
        assertThat(s.moments().get(moment).contactPersonIds()).containsExactly(anja);
        assertThat(s.partners().list(PartnerQuery.all().withSearch("anja"))).extracting(PartnerOverview::id)
                .containsExactly(oost);
    }

    @Test
    void aLinkToARecordInTheTrashWaitsForItAndComesBackWithIt() {
        long momentItem = s.moments().moveToTrash(moment);
        long personItem = s.contactPersons().moveToTrash(anja);

        s.trash().restore(momentItem);
        assertThat(s.moments().get(moment).contactPersonIds()).isEmpty();

        s.trash().restore(personItem);
        assertThat(s.moments().get(moment).contactPersonIds()).containsExactly(anja);
    }

    @Test
    void aRecordWhoseIdWasTakenMeanwhileComesBackUnderANewOneWithItsLinks() {
        assumeFalse(TestDatabase.onPostgres(), "PostgreSQL never hands out a freed id again: the case cannot arise there");
        long item = s.moments().moveToTrash(moment);
        long newer = s.moments().log(aMoment().with(west).about("Nieuw moment").build()).id();
        assertThat(newer).as("SQLite hands out the freed id again").isEqualTo(moment);

        long back = s.trash().restore(item);

        assertThat(back).isNotEqualTo(moment);
        assertThat(s.moments().get(back).summary()).isEqualTo("Overleg valpreventie");
        assertThat(s.moments().get(back).contactPersonIds()).containsExactly(anja);
        assertThat(s.moments().get(back).goalIds()).containsExactly(goal);
        assertThat(s.moments().get(newer).summary()).isEqualTo("Nieuw moment");
        assertThat(s.moments().get(newer).contactPersonIds()).isEmpty();
    }

    @Test
    void aLinkToARecordDeletedForGoodIsLeftOut() {
        long momentItem = s.moments().moveToTrash(moment);
        s.trash().deleteForGood(s.contactPersons().moveToTrash(anja));

        s.trash().restore(momentItem);

        assertThat(s.moments().get(moment).contactPersonIds()).isEmpty();
        assertThat(s.moments().get(moment).therapistIds()).containsExactly(piet);
    }

    @Test
    void deletingForGoodHappensOnlyFromTheTrashAndCannotBeRestored() {
        assertThat(Arrays.stream(ContactMomentService.class.getMethods()).map(java.lang.reflect.Method::getName))
                .as("no service deletes a moment, goal, note or person for good outside the trash")
                .doesNotContain("delete", "deleteForGood");
        assertThat(Arrays.stream(SharedGoalService.class.getMethods()).map(java.lang.reflect.Method::getName))
                .doesNotContain("delete", "deleteForGood");
        assertThat(Arrays.stream(EnvironmentNoteService.class.getMethods()).map(java.lang.reflect.Method::getName))
                .doesNotContain("delete", "deleteForGood");
        long item = s.goals().moveToTrash(goal);

        s.trash().deleteForGood(item);

        assertThat(s.trash().list()).isEmpty();
        assertThat(db.rowCount("trash_item")).isZero();
        assertThatThrownBy(() -> s.trash().restore(item)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> s.goals().get(goal)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPartnerDeletedForGoodTakesItsTrashedMomentsAndPersonsAlong() {
        s.moments().moveToTrash(moment);
        s.contactPersons().moveToTrash(anja);
        long noteItem = s.environment().moveToTrash(note);

        s.partners().moveToTrash(oost);
        s.partners().deleteForGood(oost);

        assertThat(s.trash().list()).extracting(TrashItem::id).containsExactly(noteItem);
        s.trash().restore(noteItem);
        assertThat(s.environment().list().getFirst().partnerIds()).containsExactly(west);
    }

    @Test
    void aMomentOfAPartnerInTheTrashWaitsForThePartner() {
        long item = s.moments().moveToTrash(moment);
        s.partners().moveToTrash(oost);

        assertRefused(() -> s.trash().restore(item)).withKey("error.trash.partner-in-trash")
                .saysInDutch("Overleg valpreventie", "Huisarts Oost", "prullenbak");

        s.partners().restore(oost);
        s.trash().restore(item);
        assertThat(s.moments().get(moment).partnerId()).isEqualTo(oost);
    }

    @Test
    void erasingAPersonAlsoErasesThemFromWhatWaitsInTheTrash() {
        long mention = s.moments().log(aMoment().with(west).about("Anja de Vries belt terug over de verwijzing")
                .build()).id();
        long mentionItem = s.moments().moveToTrash(mention);
        long linkedItem = s.moments().moveToTrash(moment);

        s.contactPersons().erase(anja);

        assertThat(PlainText.of(db, "SELECT content FROM trash_item")).doesNotContain("Anja de Vries");
        s.trash().restore(mentionItem);
        s.trash().restore(linkedItem);
        assertThat(s.moments().get(mention).summary()).isEqualTo("[…] belt terug over de verwijzing");
        assertThat(s.moments().get(moment).contactPersonIds()).as("the erased person is not linked again").isEmpty();
    }

    /** The text of every row of a one-column query, read past the store. */
    private static final class PlainText {
        static String of(TestDatabase db, String sql) {
            try (java.sql.Connection c = nl.verbinder.testutil.PlainDatabase.open(db.folder())) {
                return String.join("\n", nl.verbinder.testutil.PlainSqlite.column(c, sql));
            } catch (java.sql.SQLException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void theAttentionListSearchMapAndReportDoNotCountWhatIsInTheTrash() {
        Quarter quarter = Quarter.of(TODAY);
        int momentsBefore = s.insights().quarterFigures(quarter, TODAY).contactMoments();
        assertThat(s.attention().overduePartners(TODAY)).doesNotContain(oost);
        assertThat(s.network().map(TODAY, NetworkFilter.all()).links()).isNotEmpty();
        assertThat(s.attention().attentionList(TODAY, AttentionFilter.all()))
                .noneSatisfy(i -> assertThat(i.partnerId()).isEqualTo(oost));

        s.moments().moveToTrash(moment);
        s.goals().moveToTrash(goal);
        s.contactPersons().moveToTrash(anja);

        assertThat(s.attention().overduePartners(TODAY)).as("the last contact is 100 days ago again").contains(oost);
        assertThat(s.attention().attentionList(TODAY, AttentionFilter.all()))
                .filteredOn(i -> i.partnerId() == oost).singleElement()
                .satisfies(i -> assertThat(i.lastContact()).isEqualTo(TODAY.minusDays(100)));
        assertThat(s.insights().quarterFigures(quarter, TODAY).contactMoments()).isEqualTo(momentsBefore - 1);
        assertThat(s.network().map(TODAY, NetworkFilter.all()).links()).as("the goal linked the two").isEmpty();
        assertThat(s.partners().list(PartnerQuery.all().withSearch("Anja"))).isEmpty();
    }
}
