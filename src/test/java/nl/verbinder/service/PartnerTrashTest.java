package nl.verbinder.service;

import static nl.verbinder.testutil.ContactMomentBuilder.aMoment;
import static nl.verbinder.testutil.ContactPersonBuilder.aContactPerson;
import static nl.verbinder.testutil.EnvironmentNoteBuilder.aNote;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.testutil.RefusalAssert.assertRefused;
import static nl.verbinder.testutil.SharedGoalBuilder.aGoal;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.verbinder.domain.MomentQuery;
import nl.verbinder.domain.PartnerOverview;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trash: a partner goes out of sight with its history, can come back, and only from there goes for good. */
class PartnerTrashTest {

    @TempDir
    Path folder;

    private TestDatabase db;
    private PartnerService partners;
    private long oost;
    private long west;
    private long anja;
    private long moment;
    private long goal;

    @BeforeEach
    void aPartnerWithPersonMomentGoalAndNote() {
        db = TestDatabase.in(folder);
        Services s = db.services();
        partners = s.partners();
        oost = partners.create(aPartner().named("Huisarts Oost").tagged("ouderen").build()).id();
        west = partners.create(aPartner().named("Huisarts West").build()).id();
        anja = s.contactPersons().add(aContactPerson().at(oost).named("Anja de Vries").build()).id();
        goal = s.goals().create(aGoal().withPartners(oost, west).build()).id();
        moment = s.moments().log(aMoment().with(oost).withContactPersons(anja).servingGoals(goal).build()).id();
        s.moments().log(aMoment().with(west).build());
        s.environment().create(aNote().linkedTo(oost).build());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void movingToTheTrashHidesThePartnerFromListsAndSearch() {
        partners.moveToTrash(oost);

        assertThat(partners.list(PartnerQuery.all())).extracting(PartnerOverview::id).containsExactly(west);
        assertThat(partners.count(PartnerQuery.all())).isEqualTo(1);
        assertThat(partners.list(PartnerQuery.all().withSearch("oost"))).isEmpty();
        assertThat(partners.list(PartnerQuery.all().withSearch("anja"))).isEmpty();
        assertThat(partners.list(PartnerQuery.all().withSearch("ouderen"))).isEmpty();
        assertThat(db.services().moments().list(MomentQuery.all())).extracting(v -> v.moment().partnerId())
                .containsOnly(west);
        assertRefused(() -> partners.resolve("Huisarts Oost")).onField("partner", "error.partner.unknown");
        assertRefused(() -> partners.resolve(String.valueOf(oost))).onField("partner", "error.partner.unknown");
        assertThat(partners.trash()).extracting(PartnerOverview::id).containsExactly(oost);
    }

    @Test
    void movingToTheTrashKeepsContactPersonsAndMoments() {
        partners.moveToTrash(oost);

        assertThat(partners.get(oost).inTrash()).isTrue();
        assertThat(db.services().contactPersons().forPartner(oost)).extracting(p -> p.id()).containsExactly(anja);
        assertThat(db.services().moments().get(moment).contactPersonIds()).containsExactly(anja);
        assertThat(db.rowCount("contact_moment")).isEqualTo(2);
        assertThat(db.services().goals().get(goal).partnerIds()).containsExactlyInAnyOrder(oost, west);
        assertThat(partners.trash().getFirst().contactPersonCount()).isEqualTo(1);
    }

    @Test
    void restoreBringsEverythingBack() {
        partners.moveToTrash(oost);

        partners.restore(oost);

        assertThat(partners.get(oost).inTrash()).isFalse();
        assertThat(partners.trash()).isEmpty();
        assertThat(partners.list(PartnerQuery.all().withSearch("anja"))).extracting(PartnerOverview::id)
                .containsExactly(oost);
        assertThat(db.services().moments().timeline(oost)).extracting(v -> v.moment().id()).containsExactly(moment);
        assertThat(partners.list(PartnerQuery.all()).stream().filter(o -> o.id() == oost).findFirst().orElseThrow()
                .lastContact()).isEqualTo(TestDatabase.TODAY.minusDays(7));
    }

    @Test
    void loggingAMomentForAPartnerInTheTrashIsRefused() {
        partners.moveToTrash(oost);

        assertRefused(() -> db.services().moments().log(aMoment().with(oost).build()))
                .onField("partner", "error.partner.unknown")
                .saysInDutch("Partner: geen partner gevonden voor '" + oost + "'")
                .saysInEnglish("Partner: no partner found for '" + oost + "'");
        assertThat(db.rowCount("contact_moment")).isEqualTo(2);
    }

    @Test
    void deletingForGoodIsOnlyFromTheTrash() {
        assertRefused(() -> partners.deleteForGood(oost))
                .withKey("error.partner.not-in-trash")
                .saysInDutch("Huisarts Oost staat niet in de prullenbak.")
                .saysInEnglish("Huisarts Oost is not in the trash.");
        assertThat(partners.get(oost).name()).isEqualTo("Huisarts Oost");
        assertThat(db.rowCount("contact_person")).isEqualTo(1);
    }

    @Test
    void deletingForGoodRemovesItsPersonsMomentsAndLinks() {
        partners.moveToTrash(oost);

        partners.deleteForGood(oost);

        assertThat(partners.trash()).isEmpty();
        assertThat(db.rowCount("partner")).isEqualTo(1);
        assertThat(db.rowCount("contact_person")).isZero();
        assertThat(db.rowCount("contact_moment")).isEqualTo(1);
        assertThat(db.rowCount("contact_moment_person")).isZero();
        assertThat(db.rowCount("contact_moment_goal")).isZero();
        assertThat(db.rowCount("partner_tag")).isZero();
        assertThat(db.rowCount("environment_note_partner")).isZero();
        assertThat(db.rowCount("environment_note")).isEqualTo(1);
        assertThat(db.services().goals().get(goal).partnerIds()).containsExactly(west);
        assertThat(db.services().moments().timeline(west)).hasSize(1);
    }

    @Test
    void movingToTheTrashTwiceIsRefused() {
        partners.moveToTrash(oost);

        assertRefused(() -> partners.moveToTrash(oost))
                .withKey("error.partner.already-in-trash")
                .saysInDutch("Huisarts Oost staat al in de prullenbak.")
                .saysInEnglish("Huisarts Oost is already in the trash.");
    }

    @Test
    void restoringAPartnerThatIsNotInTheTrashIsRefused() {
        assertRefused(() -> partners.restore(oost))
                .withKey("error.partner.not-in-trash");
    }

    @Test
    void unknownPartnerIsNotFound() {
        assertRefused(() -> partners.moveToTrash(999))
                .withKey("error.not-found")
                .saysInDutch("Niet gevonden: partner 999.")
                .saysInEnglish("Not found: partner 999.");
    }
}
