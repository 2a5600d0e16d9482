package nl.verbinder.service.insight;

import static nl.verbinder.testutil.ContactMomentBuilder.aMoment;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.testutil.SharedGoalBuilder.aGoal;
import static nl.verbinder.testutil.TherapistBuilder.aTherapist;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.GoalStatus;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.domain.insight.Quarter;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.Services;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.testutil.MutableClock;
import nl.verbinder.testutil.TestDatabase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quarterly report is a snapshot of the quarter's end (issue 13): printed again after
 * partners and goals were added, changed and put in the trash in the next quarter, it gives the
 * same figures and charts, the same attention list and the same map.
 */
class ReportSnapshotTest {

    private static final Quarter Q3 = Quarter.parse("2026Q3");

    @TempDir
    Path folder;

    @Test
    void theQ3ReportPrintedInDecemberIsTheOnePrintedInOctober() throws IOException {
        MutableClock clock = new MutableClock(LocalDate.of(2026, 7, 1));
        try (TestDatabase db = TestDatabase.in(folder, clock)) {
            Services s = db.services();
            nl.verbinder.domain.PracticeProfile profile = s.practice().get();
            s.practice().save(new nl.verbinder.domain.PracticeProfile("Fysio De Brug", null, null, "Utrecht", null,
                    null, null, null, null, profile.version()));
            long anna = s.therapists().add(aTherapist().named("Anna de Vries").build()).id();
            long bram = s.therapists().add(aTherapist().named("Bram Jansen").build()).id();
            Partner linde = s.partners().create(aPartner().named("Huisartsenpraktijk De Linde").inCategory(Category.GP)
                    .withStatus(PartnerStatus.ACTIVE).ownedBy(anna).build());
            Partner gym = s.partners().create(aPartner().named("Sportschool Fit").inCategory(Category.GYM)
                    .withStatus(PartnerStatus.PROSPECT).build());
            Partner beek = s.partners().create(aPartner().named("Huisarts De Beek").inCategory(Category.GP)
                    .withStatus(PartnerStatus.ACTIVE).ownedBy(bram).build());
            Partner smaakvol = s.partners().create(aPartner().named("Diëtistenpraktijk Smaakvol")
                    .inCategory(Category.DIETITIAN).withStatus(PartnerStatus.DORMANT).build());
            SharedGoal valpreventie = s.goals().create(aGoal().titled("Valpreventie").withStatus(GoalStatus.ACTIVE)
                    .withPartners(linde.id(), beek.id()).build());
            SharedGoal route = s.goals().create(aGoal().titled("Beweegroute").withStatus(GoalStatus.AGREED)
                    .withPartners(gym.id()).build());
            SharedGoal idee = s.goals().create(aGoal().titled("Samen scholing").withStatus(GoalStatus.IDEA)
                    .withPartners(smaakvol.id()).build());
            clock.setDay(LocalDate.of(2026, 9, 15));
            s.moments().log(aMoment().with(linde.id()).on(LocalDate.of(2026, 7, 2)).offering("Scholing")
                    .servingGoals(valpreventie.id()).build());
            ContactMoment open = s.moments().log(aMoment().with(beek.id()).on(LocalDate.of(2026, 8, 3))
                    .followUp("Verslag sturen", LocalDate.of(2026, 8, 20)).asking("Verwijzingen").build());
            s.moments().log(aMoment().with(gym.id()).on(LocalDate.of(2026, 9, 10)).servingGoals(route.id()).build());
            SharedGoal achieved = s.goals().changeStatus(valpreventie.id(), s.goals().get(valpreventie.id()).version(),
                    GoalStatus.ACHIEVED);

            clock.setDay(LocalDate.of(2026, 10, 2));
            QuarterlyReport october = s.reports().gather(Q3, LocalDate.of(2026, 10, 2));
            Path octoberPdf = folder.resolve("q3-oktober.pdf");
            s.reports().write(Q3, LocalDate.of(2026, 10, 2), octoberPdf, Messages.dutch(), Progress.none());

            // The fourth quarter: add, change and trash partners and goals.
            clock.setDay(LocalDate.of(2026, 10, 20));
            s.partners().create(aPartner().named("Zwembad De Wetering").inCategory(Category.SWIMMING_POOL)
                    .withStatus(PartnerStatus.ACTIVE).build());
            s.partners().update(s.partners().get(linde.id()).toBuilder().status(PartnerStatus.DORMANT)
                    .ownerId(bram).category(Category.OTHER).rhythmDays(30).build());
            s.partners().update(s.partners().get(gym.id()).toBuilder().status(PartnerStatus.ACTIVE).build());
            s.goals().changeStatus(valpreventie.id(), achieved.version(), GoalStatus.ACTIVE);
            s.goals().changeStatus(route.id(), s.goals().get(route.id()).version(), GoalStatus.STOPPED);
            s.goals().create(aGoal().titled("Later doel").withStatus(GoalStatus.ACHIEVED).withPartners(beek.id())
                    .build());
            s.moments().log(aMoment().with(smaakvol.id()).on(LocalDate.of(2026, 10, 20)).build());
            clock.setDay(LocalDate.of(2026, 11, 10));
            s.moments().markFollowUpDone(open.id(), open.version(), LocalDate.of(2026, 11, 10));
            s.goals().moveToTrash(idee.id());
            s.partners().moveToTrash(beek.id());
            clock.setDay(LocalDate.of(2026, 12, 3));
            s.attention().snooze(gym.id(), LocalDate.of(2027, 3, 1), "Na de winter", LocalDate.of(2026, 12, 3));

            QuarterlyReport december = s.reports().gather(Q3, LocalDate.of(2026, 12, 3));
            Path decemberPdf = folder.resolve("q3-december.pdf");
            s.reports().write(Q3, LocalDate.of(2026, 12, 3), decemberPdf, Messages.dutch(), Progress.none());

            assertThat(december.figures()).isEqualTo(october.figures());
            assertThat(october.figures().activePartners()).isEqualTo(2);
            assertThat(october.figures().goalsAchieved()).isEqualTo(1);
            assertThat(october.figures().followUpsOverdue()).isEqualTo(1);
            assertThat(december.charts()).isEqualTo(october.charts());
            assertThat(december.attention()).isEqualTo(october.attention());
            assertThat(december.attentionTotal()).isEqualTo(october.attentionTotal());
            assertThat(december.map()).isEqualTo(october.map());
            assertThat(october.map().nodes()).as("the four partners of the third quarter").hasSize(4);
            assertThat(withoutMadeOn(text(decemberPdf), "03-12-2026"))
                    .isEqualTo(withoutMadeOn(text(octoberPdf), "02-10-2026"));
        }
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The report's text without the day it was made on (the only thing that may differ). */
    private static String withoutMadeOn(String text, String madeOn) {
        return text.replace(madeOn, "<dag>");
    }
}
