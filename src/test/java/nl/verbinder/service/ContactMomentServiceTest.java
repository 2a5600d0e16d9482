package nl.verbinder.service;

import static nl.verbinder.testutil.ContactMomentBuilder.aMoment;
import static nl.verbinder.testutil.ContactPersonBuilder.aContactPerson;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.testutil.RefusalAssert.assertRefused;
import static nl.verbinder.testutil.SharedGoalBuilder.aGoal;
import static nl.verbinder.testutil.TherapistBuilder.aTherapist;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.MomentQuery;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactMomentServiceTest {

    private static final LocalDate TODAY = TestDatabase.TODAY;       // 23-11-2026
    private static final LocalDate LAST_WEEK = TODAY.minusDays(7);   // 16-11-2026

    @TempDir
    Path folder;

    private TestDatabase db;
    private ContactMomentService moments;
    private long partner;
    private long sanne;

    @BeforeEach
    void open() {
        db = TestDatabase.in(folder);
        moments = db.services().moments();
        partner = db.services().partners().create(aPartner().named("Huisarts Oost").build()).id();
        sanne = db.services().therapists().add(aTherapist().named("Sanne Jansen").build()).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void countsWhatTheFiltersFindWhateverTheLimit() {
        long other = db.services().partners().create(aPartner().named("Zwembad De Wetering").build()).id();
        for (int day = 1; day <= 5; day++) {
            moments.log(aMoment().with(partner).on(TODAY.minusDays(day))
                    .ofKind(day <= 3 ? ContactKind.PHONE : ContactKind.EMAIL).build());
        }
        moments.log(aMoment().with(other).on(TODAY).build());

        assertThat(moments.list(MomentQuery.all().limitedTo(2))).hasSize(2);
        assertThat(moments.count(MomentQuery.all().limitedTo(2))).isEqualTo(6);
        assertThat(moments.count(MomentQuery.all().ofKind(ContactKind.PHONE).forPartner(partner))).isEqualTo(3);
        assertThat(moments.count(MomentQuery.all().between(TODAY.minusDays(2), TODAY))).isEqualTo(3);

        db.services().partners().moveToTrash(other);
        assertThat(moments.count(MomentQuery.all())).as("not those of a partner in the trash").isEqualTo(5);
    }

    @Test
    void logsAMomentWithEveryoneWhoTookPartAndTheGoalItServed() {
        long anja = db.services().contactPersons().add(aContactPerson().at(partner).build()).id();
        long goal = db.services().goals().create(aGoal().withPartners(partner).build()).id();

        ContactMoment logged = moments.log(aMoment().with(partner).on(LAST_WEEK).ofKind(ContactKind.IN_PERSON)
                .about("  Kennismaking met de POH  ").offering("Valpreventiegroep").asking("Verwijzingen")
                .followUp("Folder sturen", TODAY.plusDays(7)).loggedBy(sanne).withTherapists(sanne)
                .withContactPersons(anja).servingGoals(goal).build());

        assertThat(logged.summary()).isEqualTo("Kennismaking met de POH");
        assertThat(logged.therapistIds()).containsExactly(sanne);
        assertThat(logged.contactPersonIds()).containsExactly(anja);
        assertThat(logged.goalIds()).containsExactly(goal);
        assertThat(moments.timeline(partner)).singleElement()
                .satisfies(view -> {
                    assertThat(view.partnerName()).isEqualTo("Huisarts Oost");
                    assertThat(view.loggedByName()).isEqualTo("Sanne Jansen");
                    assertThat(view.contactPersonNames()).containsExactly("Anja de Vries");
                });
        assertThat(moments.list(MomentQuery.all().openFollowUps(true))).hasSize(1);
    }

    @Test
    void acceptsAMomentOfToday() {
        assertThat(moments.log(aMoment().with(partner).on(TODAY).build()).date()).isEqualTo(TODAY);
    }

    @Test
    void refusesMomentInTheFuture() {
        assertRefused(() -> moments.log(aMoment().with(partner).on(TODAY.plusDays(1)).build()))
                .onField("date", "error.date.future")
                .saysInDutch("Datum: 24-11-2026 ligt in de toekomst")
                .saysInEnglish("Date: 24/11/2026 is in the future");
        assertNothingWritten();
    }

    @Test
    void refusesAMomentBefore1970AsATypo() {
        assertRefused(() -> moments.log(aMoment().with(partner).on(java.time.LocalDate.of(1, 1, 1)).build()))
                .onField("date", "error.date.too-early")
                .saysInDutch("Datum: 01-01-0001 ligt vóór 01-01-1970; klopt het jaartal?")
                .saysInEnglish("Date: 01/01/0001 is before 01/01/1970; is the year right?");
        assertThat(moments.log(aMoment().with(partner).on(java.time.LocalDate.of(1970, 1, 1)).build()).date())
                .isEqualTo(java.time.LocalDate.of(1970, 1, 1));
    }

    @Test
    void refusesMomentWithoutDateKindOrSummary() {
        assertRefused(() -> moments.log(ContactMoment.builder().partnerId(partner).summary(" ").build()))
                .onField("date", "error.required")
                .onField("kind", "error.required")
                .onField("summary", "error.required")
                .withErrorCount(3)
                .saysInDutch("Datum: vul dit in", "Soort: vul dit in", "Samenvatting: vul dit in")
                .saysInEnglish("Date: fill this in", "Kind: fill this in", "Summary: fill this in");
        assertNothingWritten();
    }

    @Test
    void refusesFollowUpDueBeforeTheMoment() {
        assertRefused(() -> moments.log(aMoment().with(partner).on(LAST_WEEK)
                .followUp("Terugbellen", LAST_WEEK.minusDays(1)).build()))
                .onField("followUpDue", "error.follow-up.due-before-moment")
                .saysInDutch("Vervolg uiterlijk: ligt vóór het contactmoment (16-11-2026)")
                .saysInEnglish("Follow-up due: is before the contact moment (16/11/2026)");
        assertNothingWritten();
    }

    @Test
    void refusesFollowUpDueWithoutSayingWhatFollowsUp() {
        assertRefused(() -> moments.log(aMoment().with(partner).dueOn(TODAY.plusDays(3)).build()))
                .onField("followUp", "error.follow-up.text-needed")
                .saysInDutch("Vervolgactie: beschrijf de vervolgactie als je een datum invult")
                .saysInEnglish("Follow-up: describe the follow-up when you give a date");
        assertNothingWritten();
    }

    @Test
    void refusesFollowUpDoneBeforeTheMoment() {
        ContactMoment draft = aMoment().with(partner).on(LAST_WEEK).followUp("Folder sturen", TODAY).build()
                .toBuilder().followUpDone(LAST_WEEK.minusDays(2)).build();

        assertRefused(() -> moments.log(draft))
                .onField("followUpDone", "error.follow-up.done-before-moment")
                .saysInDutch("Vervolg gedaan op: ligt vóór het contactmoment (16-11-2026)")
                .saysInEnglish("Follow-up done on: is before the contact moment (16/11/2026)");
        assertNothingWritten();
    }

    @Test
    void refusesUnknownTherapistAsLoggerOrParticipant() {
        assertRefused(() -> moments.log(aMoment().with(partner).loggedBy(42L).withTherapists(sanne, 43L).build()))
                .onField("loggedBy", "error.therapist.unknown")
                .onField("therapists", "error.therapist.unknown")
                .withErrorCount(2)
                .saysInDutch("Vastgelegd door: geen therapeut met nummer 42", "Therapeuten: geen therapeut met nummer 43")
                .saysInEnglish("Logged by: no therapist with number 42", "Therapists: no therapist with number 43");
        assertNothingWritten();
    }

    @Test
    void refusesContactPersonOfAnotherPartner() {
        long other = db.services().partners().create(aPartner().named("Diëtist Smaakvol").build()).id();
        long piet = db.services().contactPersons().add(aContactPerson().at(other).named("Piet Bakker").build()).id();

        assertRefused(() -> moments.log(aMoment().with(partner).withContactPersons(piet).build()))
                .onField("contactPersons", "error.contact-person.not-at-partner")
                .saysInDutch("Contactpersonen: contactpersoon " + piet + " hoort niet bij deze partner")
                .saysInEnglish("Contact persons: contact person " + piet + " does not belong to this partner");
        assertNothingWritten();
    }

    @Test
    void refusesUnknownSharedGoal() {
        assertRefused(() -> moments.log(aMoment().with(partner).servingGoals(7L).build()))
                .onField("goals", "error.goal.unknown")
                .saysInDutch("Gemeenschappelijke delers: geen gemeenschappelijke deler met nummer 7")
                .saysInEnglish("Shared goals: no shared goal with number 7");
        assertNothingWritten();
    }

    @Test
    void refusesMomentWithUnknownPartner() {
        assertRefused(() -> moments.log(aMoment().with(999).build()))
                .onField("partner", "error.partner.unknown")
                .saysInDutch("Partner: geen partner gevonden voor '999'");
        assertNothingWritten();
    }

    @Test
    void marksAFollowUpDone() {
        ContactMoment logged = moments.log(aMoment().with(partner).on(LAST_WEEK).followUp("Folder sturen", TODAY)
                .build());

        ContactMoment done = moments.markFollowUpDone(logged.id(), logged.version());

        assertThat(done.followUpDone()).isEqualTo(TODAY);
        assertThat(done.hasOpenFollowUp()).isFalse();
        assertThat(moments.list(MomentQuery.all().openFollowUps(true))).isEmpty();
    }

    @Test
    void refusesFollowUpMarkedDoneBeforeTheMoment() {
        ContactMoment logged = moments.log(aMoment().with(partner).on(LAST_WEEK).followUp("Folder sturen", TODAY)
                .build());

        assertRefused(() -> moments.markFollowUpDone(logged.id(), logged.version(), LAST_WEEK.minusDays(1)))
                .onField("followUpDone", "error.follow-up.done-before-moment")
                .saysInDutch("ligt vóór het contactmoment (16-11-2026)");
        assertThat(moments.get(logged.id())).isEqualTo(logged);
    }

    @Test
    void refusesMarkingDoneAMomentWithoutFollowUp() {
        ContactMoment logged = moments.log(aMoment().with(partner).build());

        assertRefused(() -> moments.markFollowUpDone(logged.id(), logged.version()))
                .withKey("error.follow-up.none")
                .saysInDutch("Dit contactmoment heeft geen vervolgactie.")
                .saysInEnglish("This contact moment has no follow-up.");
    }

    private void assertNothingWritten() {
        assertThat(db.rowCount("contact_moment")).isZero();
        assertThat(db.rowCount("contact_moment_therapist")).isZero();
        assertThat(db.rowCount("contact_moment_person")).isZero();
        assertThat(db.rowCount("contact_moment_goal")).isZero();
    }
}
