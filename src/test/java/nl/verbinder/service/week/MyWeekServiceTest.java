package nl.verbinder.service.week;

import static nl.verbinder.testutil.ContactMomentBuilder.aMoment;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.testutil.TherapistBuilder.aTherapist;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.week.MyFollowUp;
import nl.verbinder.service.Services;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MyWeekServiceTest {

    private static final LocalDate TODAY = TestDatabase.TODAY;

    @TempDir
    Path folder;

    private TestDatabase db;
    private Services s;
    private long eva;
    private long bram;
    private long mine;
    private long bramsPartner;

    @BeforeEach
    void open() {
        db = TestDatabase.in(folder);
        s = db.services();
        eva = s.therapists().add(aTherapist().named("Eva Jansen").build()).id();
        bram = s.therapists().add(aTherapist().named("Bram de Wit").build()).id();
        mine = s.partners().create(aPartner().named("Huisartsenpraktijk De Linde").ownedBy(eva).build()).id();
        bramsPartner = s.partners().create(aPartner().named("Zwembad De Wetering").ownedBy(bram).build()).id();
        // Eva's partner, logged by Bram: hers (she owns the partner).
        s.moments().log(aMoment().with(mine).on(TODAY.minusDays(20)).about("Overleg")
                .followUp("Folder sturen", TODAY.minusDays(3)).loggedBy(bram).build());
        // Bram's partner, logged by Eva: hers (she logged it).
        s.moments().log(aMoment().with(bramsPartner).on(TODAY.minusDays(10)).about("Proefles")
                .followUp("Rooster mailen", TODAY.plusDays(7)).loggedBy(eva).build());
        // Hers, but due after the week.
        s.moments().log(aMoment().with(mine).on(TODAY.minusDays(5)).about("Later")
                .followUp("Evaluatie plannen", TODAY.plusDays(8)).loggedBy(eva).build());
        // Bram's partner, logged by Bram: not hers.
        s.moments().log(aMoment().with(bramsPartner).on(TODAY.minusDays(4)).about("Niet van Eva")
                .followUp("Badmuts kopen", TODAY.plusDays(1)).loggedBy(bram).build());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void mineAreLoggedByMeOrOfMyPartnersOverdueOrDueWithinAWeek() {
        List<MyFollowUp> week = s.myWeek().myWeek(eva);

        assertThat(week).extracting(MyFollowUp::followUp).containsExactly("Folder sturen", "Rooster mailen");
        assertThat(week.getFirst().overdue(TODAY)).isTrue();
        assertThat(s.myWeek().count(bram)).isEqualTo(3);
    }

    @Test
    void markingDoneTakesItOffTheList() {
        MyFollowUp folder = s.myWeek().myWeek(eva).getFirst();

        ContactMoment done = s.myWeek().markDone(folder);

        assertThat(done.followUpDone()).isEqualTo(TODAY);
        assertThat(s.myWeek().myWeek(eva)).extracting(MyFollowUp::followUp).containsExactly("Rooster mailen");
    }

    @Test
    void theMomentThatClosesAFollowUpIsLoggedAndTheFollowUpDone() {
        MyFollowUp rooster = s.myWeek().myWeek(eva).getLast();

        ContactMoment closing = s.myWeek().logClosing(rooster, ContactMoment.builder().partnerId(bramsPartner)
                .date(TODAY).kind(ContactKind.EMAIL).summary("Rooster gemaild").loggedBy(eva).build());

        assertThat(closing.id()).isNotNull();
        assertThat(s.moments().get(rooster.momentId()).followUpDone()).isEqualTo(TODAY);
        assertThat(s.myWeek().myWeek(eva)).extracting(MyFollowUp::followUp).containsExactly("Folder sturen");
    }
}
