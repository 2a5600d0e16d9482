package nl.verbinder.service;

import static nl.verbinder.testutil.ContactMomentBuilder.aMoment;
import static nl.verbinder.testutil.ContactPersonBuilder.aContactPerson;
import static nl.verbinder.testutil.EnvironmentNoteBuilder.aNote;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.testutil.RefusalAssert.assertRefused;
import static nl.verbinder.testutil.SharedGoalBuilder.aGoal;
import static nl.verbinder.testutil.TherapistBuilder.aTherapist;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.verbinder.domain.ConflictException;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.EnvironmentNote;
import nl.verbinder.domain.GoalStatus;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PracticeProfile;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.domain.Therapist;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two people open the same record; the first saves; the second's save must fail rather than
 * silently overwrite the first's edit, which stays.
 */
class OptimisticLockingTest {

    @TempDir
    Path folder;

    private TestDatabase db;
    private Services services;
    private long partner;

    @BeforeEach
    void open() {
        db = TestDatabase.in(folder);
        services = db.services();
        partner = services.partners().create(aPartner().named("Huisarts Oost").build()).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void overwritingSomeoneElsesEditOfAPartnerFails() {
        Partner mine = services.partners().get(partner);
        Partner theirs = services.partners().get(partner);

        services.partners().update(mine.toBuilder().notes("Nieuwe POH sinds oktober").build());

        assertRefused(() -> services.partners().update(theirs.toBuilder().city("Zeist").build()))
                .withKey("error.conflict")
                .saysInDutch("Iemand anders heeft dit (partner " + partner + ") net gewijzigd",
                        "Je wijziging is niet opgeslagen")
                .saysInEnglish("Someone else just changed this (partner " + partner + ")",
                        "Your change was not saved");
        Partner stored = services.partners().get(partner);
        assertThat(stored.notes()).isEqualTo("Nieuwe POH sinds oktober");
        assertThat(stored.city()).isEqualTo("Utrecht");
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void savingAgainAfterReloadingSucceeds() {
        Partner first = services.partners().update(services.partners().get(partner).toBuilder().notes("A").build());
        Partner second = services.partners().update(first.toBuilder().city("Zeist").build());

        assertThat(second.notes()).isEqualTo("A");
        assertThat(second.city()).isEqualTo("Zeist");
        assertThat(second.version()).isEqualTo(2);
    }

    @Test
    void editingAPartnerThatWasMovedToTheTrashMeanwhileFails() {
        Partner theirs = services.partners().get(partner);
        services.partners().moveToTrash(partner);

        assertRefused(() -> services.partners().update(theirs.toBuilder().city("Zeist").build()))
                .withKey("error.conflict");
    }

    @Test
    void overwritingSomeoneElsesEditOfAContactPersonFails() {
        ContactPerson mine = services.contactPersons().add(aContactPerson().at(partner).build());
        ContactPerson theirs = services.contactPersons().get(mine.id());

        services.contactPersons().update(withRole(mine, "Praktijkmanager"));

        assertRefused(() -> services.contactPersons().update(withRole(theirs, "POH")))
                .withKey("error.conflict")
                .saysInDutch("(contactpersoon " + mine.id() + ")")
                .saysInEnglish("(contact person " + mine.id() + ")");
        assertThat(services.contactPersons().get(mine.id()).role()).isEqualTo("Praktijkmanager");
    }

    @Test
    void overwritingSomeoneElsesEditOfAContactMomentFails() {
        ContactMoment logged = services.moments().log(aMoment().with(partner).followUp("Folder sturen", null).build());
        ContactMoment theirs = services.moments().get(logged.id());

        services.moments().update(logged.toBuilder().summary("Uitgebreid gesprek").build());

        assertRefused(() -> services.moments().update(theirs.toBuilder().summary("Kort telefoontje").build()))
                .withKey("error.conflict")
                .saysInDutch("(contactmoment " + logged.id() + ")");
        assertRefused(() -> services.moments().markFollowUpDone(theirs.id(), theirs.version()))
                .withKey("error.conflict");
        ContactMoment stored = services.moments().get(logged.id());
        assertThat(stored.summary()).isEqualTo("Uitgebreid gesprek");
        assertThat(stored.followUpDone()).isNull();
    }

    @Test
    void overwritingSomeoneElsesEditOfASharedGoalFails() {
        SharedGoal mine = services.goals().create(aGoal().withPartners(partner).build());
        SharedGoal theirs = services.goals().get(mine.id());

        services.goals().update(new SharedGoal(mine.id(), "Samen tegen vallen", mine.whatIsGoingOn(),
                mine.whatMattersForPatient(), mine.possibilities(), mine.whatWeGoFor(), mine.status(),
                mine.targetDate(), mine.partnerIds(), mine.createdAt(), mine.updatedAt(), mine.version()));

        assertRefused(() -> services.goals().update(theirs.withStatus(GoalStatus.STOPPED)))
                .withKey("error.conflict")
                .saysInDutch("(gemeenschappelijke deler " + mine.id() + ")");
        assertRefused(() -> services.goals().changeStatus(theirs.id(), theirs.version(), GoalStatus.ACTIVE))
                .withKey("error.conflict");
        assertRefused(() -> services.goals().unlinkPartner(theirs.id(), theirs.version(), partner))
                .withKey("error.conflict");
        SharedGoal stored = services.goals().get(mine.id());
        assertThat(stored.title()).isEqualTo("Samen tegen vallen");
        assertThat(stored.status()).isEqualTo(GoalStatus.IDEA);
        assertThat(stored.partnerIds()).containsExactly(partner);
    }

    @Test
    void overwritingSomeoneElsesEditOfAnEnvironmentNoteFails() {
        EnvironmentNote mine = services.environment().create(aNote().build());
        EnvironmentNote theirs = services.environment().list().getFirst();

        services.environment().update(withTitle(mine, "Vergrijzing in Oost"));

        assertRefused(() -> services.environment().update(withTitle(theirs, "Veel ouderen")))
                .withKey("error.conflict")
                .saysInDutch("(notitie " + mine.id() + ")");
        assertThat(services.environment().list()).singleElement()
                .extracting(EnvironmentNote::title).isEqualTo("Vergrijzing in Oost");
    }

    @Test
    void overwritingSomeoneElsesEditOfATherapistFails() {
        Therapist mine = services.therapists().add(aTherapist().build());
        Therapist theirs = services.therapists().get(mine.id());

        services.therapists().update(mine.withActive(false));

        assertRefused(() -> services.therapists().update(new Therapist(theirs.id(), theirs.name(), theirs.role(), true,
                "Handtherapie", theirs.createdAt(), theirs.updatedAt(), theirs.version())))
                .withKey("error.conflict")
                .saysInDutch("(therapeut " + mine.id() + ")");
        Therapist stored = services.therapists().get(mine.id());
        assertThat(stored.active()).isFalse();
        assertThat(stored.competences()).isEqualTo(mine.competences());
    }

    @Test
    void overwritingSomeoneElsesEditOfThePracticeProfileFails() {
        PracticeProfile mine = services.practice().get();
        PracticeProfile theirs = services.practice().get();

        services.practice().save(named(mine, "Fysio Oost"));

        assertRefused(() -> services.practice().save(named(theirs, "Fysiotherapie Centrum")))
                .withKey("error.conflict")
                .saysInDutch("(praktijkprofiel 1)")
                .saysInEnglish("(practice profile 1)");
        assertThat(services.practice().get().name()).isEqualTo("Fysio Oost");
    }

    @Test
    void overwritingSomeoneElsesSnoozeFails() {
        java.time.LocalDate today = TestDatabase.TODAY;
        // Both saw the item without a snooze; the first puts it away for a week.
        services.attention().snooze(partner, today.plusDays(7), "Na de vakantie bellen", (nl.verbinder.domain.attention.Snooze) null);

        assertRefused(() -> services.attention().snooze(partner, today.plusDays(30), "Pas in het nieuwe jaar",
                (nl.verbinder.domain.attention.Snooze) null))
                .withKey("error.conflict")
                .saysInDutch("Iemand anders heeft dit");
        assertThat(snooze().note()).isEqualTo("Na de vakantie bellen");

        // Based on the snooze as it is now, the change goes through.
        services.attention().snooze(partner, today.plusDays(30), "Pas in het nieuwe jaar", snooze());
        assertThat(snooze().note()).isEqualTo("Pas in het nieuwe jaar");
    }

    private nl.verbinder.domain.attention.Snooze snooze() {
        return services.store().transactions().read(() -> services.store().attention().snoozes().get(partner));
    }

    @Test
    void conflictIsAConflictException() {
        Partner theirs = services.partners().get(partner);
        services.partners().update(theirs.toBuilder().notes("eerst").build());

        assertThat(assertRefused(() -> services.partners().update(theirs)).refusal())
                .isInstanceOf(ConflictException.class);
    }

    private static ContactPerson withRole(ContactPerson p, String role) {
        return new ContactPerson(p.id(), p.partnerId(), p.name(), role, p.email(), p.phone(), p.linkedinUrl(),
                p.notes(), p.createdAt(), p.updatedAt(), p.version());
    }

    private static EnvironmentNote withTitle(EnvironmentNote n, String title) {
        return new EnvironmentNote(n.id(), n.factor(), n.area(), title, n.body(), n.sourceKind(), n.sourceUrl(),
                n.observedOn(), n.partnerIds(), n.createdAt(), n.updatedAt(), n.version());
    }

    private static PracticeProfile named(PracticeProfile p, String name) {
        return new PracticeProfile(name, p.street(), p.postcode(), p.city(), p.specialisations(),
                p.passionsAndCompetences(), p.distinctiveStrengths(), p.targetGroups(), p.updatedAt(), p.version());
    }
}
