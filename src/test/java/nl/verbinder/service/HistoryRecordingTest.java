package nl.verbinder.service;

import static nl.verbinder.testutil.ContactMomentBuilder.aMoment;
import static nl.verbinder.testutil.ContactPersonBuilder.aContactPerson;
import static nl.verbinder.testutil.EnvironmentNoteBuilder.aNote;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.testutil.SharedGoalBuilder.aGoal;
import static nl.verbinder.testutil.TherapistBuilder.aTherapist;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.EnvironmentFactor;
import nl.verbinder.domain.GoalStatus;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.PracticeProfile;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.domain.Therapist;
import nl.verbinder.domain.attention.AttentionSettings;
import nl.verbinder.domain.history.Change;
import nl.verbinder.domain.history.ChangeAction;
import nl.verbinder.domain.history.ChangeQuery;
import nl.verbinder.domain.history.FieldChange;
import nl.verbinder.domain.history.RecordKind;
import nl.verbinder.i18n.Messages;
import nl.verbinder.testutil.MutableClock;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of change lands in the history, in its own transaction, with who, when and each field. */
class HistoryRecordingTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 9);
    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 12);

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(MONDAY);
    private TestDatabase db;
    private Services s;
    private Therapist anna;

    @BeforeEach
    void open() {
        db = TestDatabase.in(folder, clock);
        s = db.services();
        anna = s.therapists().add(aTherapist().named("Anna de Vries").build());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Change newest(RecordKind kind, long id) {
        return s.history().forRecord(kind, id).getFirst();
    }

    @Test
    void aStatusChangeIsRecordedFieldByFieldWithWhoAndWhen() {
        s.history().actAs(anna.id());
        Partner linde = s.partners().create(aPartner().named("De Linde").withStatus(PartnerStatus.DORMANT).build());
        clock.setDay(THURSDAY);
        s.partners().update(linde.toBuilder().status(PartnerStatus.ACTIVE).build());

        List<Change> history = s.history().forPartner(linde.id(), null);
        assertThat(history).extracting(Change::action).containsExactly(ChangeAction.UPDATE, ChangeAction.INSERT);
        Change update = history.getFirst();
        assertThat(update.actorId()).isEqualTo(anna.id());
        assertThat(update.actor()).isEqualTo("Anna de Vries");
        assertThat(update.changedAt()).isEqualTo(clock.instant());
        assertThat(update.fields()).containsExactly(new FieldChange("status", "dormant", "active"));
        assertThat(update.label()).isEqualTo("De Linde");

        List<HistoryLine> lines = s.history().readable(history, Messages.dutch());
        assertThat(lines.getFirst().text())
                .isEqualTo("Anna de Vries zette de status van De Linde van Slapend op Actief, 12-11-2026");
        assertThat(s.history().readable(history, Messages.english()).getFirst().text())
                .isEqualTo("Anna de Vries changed the status of De Linde from Dormant to Active, 12/11/2026");
    }

    @Test
    void nobodyChosenIsRecordedAsUnknown() {
        Partner linde = s.partners().create(aPartner().named("De Linde").build());
        Change insert = newest(RecordKind.PARTNER, linde.id());
        assertThat(insert.actorId()).isNull();
        assertThat(insert.actor()).isNull();
        assertThat(s.history().readable(List.of(insert), Messages.dutch()).getFirst().sentence())
                .isEqualTo("Onbekend voegde De Linde toe");
    }

    @Test
    void aSaveWithoutChangesRecordsNothing() {
        Partner linde = s.partners().create(aPartner().named("De Linde").build());
        s.partners().update(linde);
        assertThat(s.history().forRecord(RecordKind.PARTNER, linde.id())).hasSize(1);
    }

    @Test
    void trashAndRestoreAreRecordedAndDeleteForGoodLeavesOnlyThatSomethingWasDeleted() {
        Partner linde = s.partners().create(aPartner().named("De Linde").inCity("Utrecht").build());
        s.contactPersons().add(aContactPerson().at(linde.id()).named("Piet Bakker").build());
        s.partners().moveToTrash(linde.id());
        s.partners().restore(linde.id());
        s.partners().moveToTrash(linde.id());
        List<String> sentences = s.history().readable(s.history().forRecord(RecordKind.PARTNER, linde.id()),
                Messages.dutch()).stream().map(HistoryLine::sentence).toList();
        assertThat(sentences).containsExactly("Onbekend zette De Linde in de prullenbak",
                "Onbekend haalde De Linde terug uit de prullenbak", "Onbekend zette De Linde in de prullenbak",
                "Onbekend voegde De Linde toe");

        s.partners().deleteForGood(linde.id());

        List<Change> changes = s.history().forRecord(RecordKind.PARTNER, linde.id());
        assertThat(changes).extracting(Change::action).containsExactly(ChangeAction.DELETE, ChangeAction.UPDATE,
                ChangeAction.UPDATE, ChangeAction.UPDATE, ChangeAction.INSERT);
        assertThat(changes).allSatisfy(c -> {
            assertThat(c.label()).isNull();
            assertThat(c.fields()).isEmpty();
        });
        assertThat(s.history().changes(ChangeQuery.all())).noneSatisfy(c ->
                assertThat(String.valueOf(c.label()) + c.fields()).containsAnyOf("Linde", "Utrecht", "Piet"));
        assertThat(s.history().readable(changes, Messages.dutch()).getFirst().sentence())
                .isEqualTo("Onbekend verwijderde een definitief verwijderd record");
    }

    @Test
    void momentsPersonsGoalsNotesAndTheirLinksAreRecorded() {
        clock.setDay(THURSDAY);
        s.history().actAs(anna.id());
        Partner linde = s.partners().create(aPartner().named("De Linde").tagged("sport").build());
        ContactPerson piet = s.contactPersons().add(aContactPerson().at(linde.id()).named("Piet Bakker").build());
        SharedGoal goal = s.goals().create(aGoal().titled("Valpreventie").withPartners(linde.id()).build());
        ContactMoment moment = s.moments().log(aMoment().with(linde.id()).on(THURSDAY).about("Kennismaking").followUp("Terugbellen", THURSDAY.plusDays(7))
                .withTherapists(anna.id()).withContactPersons(piet.id()).servingGoals(goal.id()).build());
        var note = s.environment().create(aNote().about(EnvironmentFactor.POPULATION).titled("Vergrijzing")
                .linkedTo(linde.id()).build());

        s.goals().changeStatus(goal.id(), goal.version(), GoalStatus.ACHIEVED);
        s.moments().markFollowUpDone(moment.id(), moment.version(), THURSDAY);
        s.contactPersons().update(new ContactPerson(piet.id(), piet.partnerId(), piet.name(), "Praktijkmanager",
                piet.email(), piet.phone(), piet.linkedinUrl(), piet.notes(), piet.createdAt(), piet.updatedAt(),
                piet.version()));
        s.environment().moveToTrash(note.id());
        s.moments().moveToTrash(moment.id());

        assertThat(s.history().forRecord(RecordKind.GOAL, goal.id())).flatMap(Change::fields)
                .contains(new FieldChange("status", "idea", "achieved"),
                        new FieldChange("achieved_on", null, THURSDAY.toString()));
        assertThat(newest(RecordKind.CONTACT_PERSON, piet.id()).fields())
                .containsExactly(new FieldChange("role", null, "Praktijkmanager"));
        assertThat(newest(RecordKind.NOTE, note.id()).action()).isEqualTo(ChangeAction.DELETE);
        Change momentDelete = newest(RecordKind.CONTACT_MOMENT, moment.id());
        assertThat(momentDelete.action()).isEqualTo(ChangeAction.DELETE);
        assertThat(momentDelete.field("summary")).contains(new FieldChange("summary", "Kennismaking", null));

        List<Change> partnerHistory = s.history().forPartner(linde.id(), null);
        assertThat(partnerHistory).extracting(Change::kind).contains(RecordKind.PARTNER, RecordKind.PARTNER_TAG,
                RecordKind.CONTACT_PERSON, RecordKind.CONTACT_MOMENT, RecordKind.MOMENT_THERAPIST,
                RecordKind.MOMENT_PERSON, RecordKind.MOMENT_GOAL, RecordKind.GOAL_PARTNER, RecordKind.NOTE_PARTNER);
        assertThat(partnerHistory).allSatisfy(c -> assertThat(c.actor()).isEqualTo("Anna de Vries"));
        List<String> sentences = s.history().readable(partnerHistory, Messages.dutch()).stream()
                .map(HistoryLine::sentence).toList();
        assertThat(sentences).contains("Anna de Vries gaf De Linde het label sport",
                "Anna de Vries koppelde doel Valpreventie aan De Linde",
                "Anna de Vries voegde Piet Bakker toe aan het contactmoment van 12-11-2026 met De Linde");
    }

    @Test
    void practiceTherapistsSettingsAndSnoozesAreRecorded() {
        s.history().actAs(anna.id());
        PracticeProfile profile = s.practice().get();
        s.practice().save(new PracticeProfile(profile.name() == null ? "Fysio Oost" : profile.name() + " Oost",
                profile.street(), profile.postcode(), profile.city(), profile.specialisations(),
                profile.passionsAndCompetences(), profile.distinctiveStrengths(), profile.targetGroups(),
                profile.updatedAt(), profile.version()));
        s.therapists().update(new Therapist(anna.id(), "Anna de Vries-Smit", anna.role(), anna.active(),
                anna.competences(), anna.createdAt(), anna.updatedAt(), anna.version()));
        String key = AttentionSettings.SETTINGS.getFirst().key();
        s.attention().changeSetting(key, "30");
        s.attention().changeSetting(key, "40");
        Partner linde = s.partners().create(aPartner().named("De Linde").build());
        s.attention().snooze(linde.id(), THURSDAY.plusDays(30), "na de zomer", MONDAY);
        s.attention().unsnooze(linde.id());

        assertThat(s.history().changes(ChangeQuery.all().of(RecordKind.PRACTICE))).hasSize(1);
        Change rename = newest(RecordKind.THERAPIST, anna.id());
        assertThat(rename.field("name")).contains(new FieldChange("name", "Anna de Vries", "Anna de Vries-Smit"));
        List<Change> settings = s.history().changes(ChangeQuery.all().of(RecordKind.SETTING));
        assertThat(settings).extracting(Change::action).containsExactly(ChangeAction.UPDATE, ChangeAction.INSERT);
        assertThat(settings.getFirst().field("value")).contains(new FieldChange("value", "30", "40"));
        assertThat(s.history().forRecord(RecordKind.SNOOZE, linde.id())).extracting(Change::action)
                .containsExactly(ChangeAction.DELETE, ChangeAction.INSERT);
        assertThat(s.history().changes(ChangeQuery.all().by(anna.id()))).hasSizeGreaterThanOrEqualTo(7);
        assertThat(s.history().changes(ChangeQuery.all().byNobody())).extracting(Change::kind)
                .containsOnly(RecordKind.THERAPIST); // Anna herself, added before anyone was chosen
    }

    @Test
    void aChangeThatFailsLeavesNoHistory() {
        Partner linde = s.partners().create(aPartner().named("De Linde").build());
        long before = db.rowCount("history_change");
        try {
            s.partners().update(linde.toBuilder().name("").build());
        } catch (RuntimeException expected) {
            // refused by validation
        }
        try {
            db.anyStore().transactions().writing(() -> {
                db.anyStore().partners().update(linde.toBuilder().name("Half").build(), clock.instant());
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the whole write went back, with its history
        }
        assertThat(db.rowCount("history_change")).isEqualTo(before);
    }

    @Test
    void oneWriteIsOneChangeSet() {
        s.history().actAs(anna.id());
        Partner linde = s.partners().create(aPartner().named("De Linde").tagged("sport", "zorg").build());
        List<Change> changes = s.history().forPartner(linde.id(), null);
        assertThat(changes).hasSize(3);
        assertThat(changes).extracting(Change::changeSet).doesNotContainNull().containsOnly(changes.getFirst()
                .changeSet());
        s.partners().update(linde.toBuilder().city("Zeist").build());
        assertThat(s.history().forPartner(linde.id(), null).getFirst().changeSet())
                .isNotEqualTo(changes.getFirst().changeSet());
    }
}
