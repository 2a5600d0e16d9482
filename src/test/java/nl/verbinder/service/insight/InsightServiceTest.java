package nl.verbinder.service.insight;

import static nl.verbinder.testutil.ContactMomentBuilder.aMoment;
import static nl.verbinder.testutil.EnvironmentNoteBuilder.aNote;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.testutil.SharedGoalBuilder.aGoal;
import static nl.verbinder.testutil.TherapistBuilder.aTherapist;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.EnvironmentFactor;
import nl.verbinder.domain.GoalStatus;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.domain.insight.CategoryStatusCount;
import nl.verbinder.domain.insight.FactorCount;
import nl.verbinder.domain.insight.GiveAskMonth;
import nl.verbinder.domain.insight.InsightCharts;
import nl.verbinder.domain.insight.MomentGrouping;
import nl.verbinder.domain.insight.MonthSeries;
import nl.verbinder.domain.insight.Quarter;
import nl.verbinder.domain.insight.QuarterFigures;
import nl.verbinder.service.Services;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The charts' and the quarter's numbers on a real SQLite file with a small hand-made practice.
 * The file is reopened with clocks on different days, so partners are created and goals
 * achieved on the days the quarter's boundaries need.
 */
class InsightServiceTest {

    private static final Quarter Q3 = Quarter.parse("2026Q3");

    @TempDir
    Path folder;

    private TestDatabase db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    /** The same file, opened with today fixed at the day. */
    private Services on(LocalDate day) {
        if (db != null) {
            db.close();
        }
        db = TestDatabase.in(folder, TestDatabase.fixedClock(day));
        return db.services();
    }

    private record Practice(long anna, long bram, long deLinde, long sportschool, long deBeek, long trashed) {
    }

    /**
     * Anna and Bram; De Linde (GP, active) and Sportschool Fit (gym, prospect) made on 30-06,
     * Huisarts De Beek (GP, active) on 01-07, a gym in the trash; moments from June to October.
     */
    private Practice practice() {
        Services s = on(LocalDate.of(2026, 6, 30));
        long anna = s.therapists().add(aTherapist().named("Anna de Vries").build()).id();
        long bram = s.therapists().add(aTherapist().named("Bram Jansen").build()).id();
        long deLinde = s.partners().create(aPartner().named("Huisartsenpraktijk De Linde").inCategory(Category.GP)
                .withStatus(PartnerStatus.ACTIVE).build()).id();
        long gym = s.partners().create(aPartner().named("Sportschool Fit").inCategory(Category.GYM)
                .withStatus(PartnerStatus.PROSPECT).build()).id();
        long trashed = s.partners().create(aPartner().named("Sportschool Weg").inCategory(Category.GYM)
                .withStatus(PartnerStatus.ACTIVE).build()).id();
        s = on(LocalDate.of(2026, 7, 1));
        long deBeek = s.partners().create(aPartner().named("Huisarts De Beek").inCategory(Category.GP)
                .withStatus(PartnerStatus.ACTIVE).build()).id();
        return new Practice(anna, bram, deLinde, gym, deBeek, trashed);
    }

    private ContactMoment log(Services s, long partner, LocalDate date, ContactKind kind, Long therapist) {
        return s.moments().log(aMoment().with(partner).on(date).ofKind(kind).loggedBy(therapist)
                .withTherapists(therapist == null ? new Long[0] : new Long[] {therapist}).build());
    }

    @Test
    void countsMomentsPerMonthByTherapistAndByKindWithZeroMonths() {
        Practice p = practice();
        Services s = on(TestDatabase.TODAY);
        log(s, p.deLinde(), LocalDate.of(2026, 6, 30), ContactKind.PHONE, p.anna());
        log(s, p.deLinde(), LocalDate.of(2026, 8, 15), ContactKind.IN_PERSON, p.anna());
        log(s, p.deLinde(), LocalDate.of(2026, 8, 20), ContactKind.PHONE, p.bram());
        log(s, p.sportschool(), LocalDate.of(2026, 9, 30), ContactKind.PHONE, p.anna());
        log(s, p.deBeek(), LocalDate.of(2026, 10, 1), ContactKind.EMAIL, null);
        log(s, p.deBeek(), LocalDate.of(2026, 11, 1), ContactKind.EMAIL, p.bram());
        log(s, p.trashed(), LocalDate.of(2026, 8, 10), ContactKind.PHONE, p.anna());
        s.partners().moveToTrash(p.trashed());

        InsightCharts charts = s.insights().charts(YearMonth.of(2026, 6), YearMonth.of(2026, 10));

        assertThat(charts.byTherapist().months()).containsExactly(YearMonth.of(2026, 6), YearMonth.of(2026, 7),
                YearMonth.of(2026, 8), YearMonth.of(2026, 9), YearMonth.of(2026, 10));
        assertThat(charts.byTherapist().series())
                .extracting(MonthSeries::therapistName, MonthSeries::counts)
                .containsExactly(
                        tuple("Anna de Vries", List.of(1, 0, 2, 1, 0)),
                        tuple("Bram Jansen", List.of(0, 0, 1, 0, 0)),
                        tuple(null, List.of(0, 0, 0, 0, 1)));
        assertThat(charts.byKind().series())
                .extracting(MonthSeries::kind, MonthSeries::counts)
                .containsExactly(
                        tuple(ContactKind.IN_PERSON, List.of(0, 0, 1, 0, 0)),
                        tuple(ContactKind.PHONE, List.of(1, 0, 2, 1, 0)),
                        tuple(ContactKind.EMAIL, List.of(0, 0, 0, 0, 1)));
        assertThat(charts.byKind().total()).as("the partner trashed in November was there in October").isEqualTo(6);
        assertThat(s.insights().momentsPerMonth(YearMonth.of(2026, 8), YearMonth.of(2026, 11), MomentGrouping.KIND)
                .total(YearMonth.of(2026, 8))).as("trashed by the period's end: its moment is not counted").isEqualTo(2);
    }

    @Test
    void countsGiveAndAskPerMonth() {
        Practice p = practice();
        Services s = on(TestDatabase.TODAY);
        s.moments().log(aMoment().with(p.deLinde()).on(LocalDate.of(2026, 8, 3)).offering("Scholing valpreventie").build());
        s.moments().log(aMoment().with(p.deLinde()).on(LocalDate.of(2026, 8, 4)).asking("Verwijzingen").build());
        s.moments().log(aMoment().with(p.deBeek()).on(LocalDate.of(2026, 8, 31))
                .offering("Spreekuur").asking("Ruimte").build());
        s.moments().log(aMoment().with(p.deBeek()).on(LocalDate.of(2026, 9, 1)).build());
        s.moments().log(aMoment().with(p.deBeek()).on(LocalDate.of(2026, 10, 1)).offering("Folders").build());

        List<GiveAskMonth> months = s.insights().giveAndAsk(YearMonth.of(2026, 7), YearMonth.of(2026, 9));

        assertThat(months).containsExactly(
                new GiveAskMonth(YearMonth.of(2026, 7), 0, 0),
                new GiveAskMonth(YearMonth.of(2026, 8), 2, 2),
                new GiveAskMonth(YearMonth.of(2026, 9), 0, 0));
    }

    @Test
    void countsPartnersPerCategoryAndStatusGoalsPerStatusAndFactorsCovered() {
        Practice p = practice();
        Services s = on(TestDatabase.TODAY);
        s.partners().moveToTrash(p.trashed());
        s.goals().create(aGoal().titled("Valpreventie 65+").withStatus(GoalStatus.ACTIVE).build());
        s.goals().create(aGoal().titled("Beweegprogramma").withStatus(GoalStatus.ACTIVE).build());
        s.goals().create(aGoal().titled("Zwangerschapsgym").withStatus(GoalStatus.ACHIEVED).build());
        s.environment().create(aNote().about(EnvironmentFactor.POPULATION).titled("Vergrijzing").build());
        s.environment().create(aNote().about(EnvironmentFactor.POPULATION).titled("Jonge gezinnen").build());
        s.environment().create(aNote().about(EnvironmentFactor.OTHER).titled("Parkeren").build());

        assertThat(s.insights().partnersPerCategoryAndStatus()).containsExactly(
                new CategoryStatusCount(Category.GP, PartnerStatus.ACTIVE, 2),
                new CategoryStatusCount(Category.GYM, PartnerStatus.PROSPECT, 1));
        assertThat(s.insights().goalsPerStatus())
                .containsEntry(GoalStatus.ACTIVE, 2).containsEntry(GoalStatus.ACHIEVED, 1)
                .containsEntry(GoalStatus.IDEA, 0).hasSize(GoalStatus.values().length);
        List<FactorCount> factors = s.insights().environmentFactors();
        assertThat(factors).extracting(FactorCount::factor).startsWith(EnvironmentFactor.POPULATION,
                EnvironmentFactor.HEALTH, EnvironmentFactor.CARE_AND_WELFARE, EnvironmentFactor.EXISTING_NETWORKS);
        assertThat(factors).contains(new FactorCount(EnvironmentFactor.POPULATION, 2),
                new FactorCount(EnvironmentFactor.HEALTH, 0), new FactorCount(EnvironmentFactor.OTHER, 1),
                new FactorCount(EnvironmentFactor.TARGET_GROUPS, 0));
        assertThat(factors).filteredOn(FactorCount::missing).extracting(FactorCount::factor)
                .containsExactly(EnvironmentFactor.HEALTH, EnvironmentFactor.CARE_AND_WELFARE,
                        EnvironmentFactor.EXISTING_NETWORKS);
    }

    @Test
    void quarterFiguresIncludeTheQuartersFirstAndLastDayAndNothingOutside() {
        Practice p = practice();
        Services s = on(LocalDate.of(2026, 9, 30));
        s.partners().create(aPartner().named("Diëtistenpraktijk Smaakvol").inCategory(Category.DIETITIAN)
                .withStatus(PartnerStatus.ACTIVE).build());
        SharedGoal achievedInQ3 = s.goals().create(aGoal().titled("Valpreventie").withStatus(GoalStatus.ACHIEVED).build());
        SharedGoal undone = s.goals().create(aGoal().titled("Beweegroute").withStatus(GoalStatus.ACHIEVED).build());
        s = on(LocalDate.of(2026, 6, 30));
        s.goals().create(aGoal().titled("Oud succes").withStatus(GoalStatus.ACHIEVED).build());
        s = on(LocalDate.of(2026, 10, 1));
        s.partners().create(aPartner().named("Zwembad De Wetering").inCategory(Category.SWIMMING_POOL)
                .withStatus(PartnerStatus.ACTIVE).build());
        SharedGoal later = s.goals().create(aGoal().titled("Later").withStatus(GoalStatus.ACTIVE).build());
        s.goals().changeStatus(later.id(), later.version(), GoalStatus.ACHIEVED);
        s = on(LocalDate.of(2026, 10, 2));
        s.goals().changeStatus(undone.id(), undone.version(), GoalStatus.ACTIVE);

        s = on(TestDatabase.TODAY);
        s.partners().moveToTrash(p.trashed());
        ContactMoment doneOnFirstDay = s.moments().log(aMoment().with(p.deLinde()).on(LocalDate.of(2026, 6, 30))
                .followUp("Verslag sturen", LocalDate.of(2026, 7, 10)).build());
        s.moments().markFollowUpDone(doneOnFirstDay.id(), doneOnFirstDay.version(), LocalDate.of(2026, 7, 1));
        s.moments().log(aMoment().with(p.deLinde()).on(LocalDate.of(2026, 7, 1))
                .followUp("Bellen", LocalDate.of(2026, 9, 29)).build());
        s.moments().log(aMoment().with(p.deBeek()).on(LocalDate.of(2026, 8, 20))
                .followUp("Mailen", LocalDate.of(2026, 9, 30)).build());
        ContactMoment doneLate = s.moments().log(aMoment().with(p.sportschool()).on(LocalDate.of(2026, 9, 30))
                .followUp("Offerte", LocalDate.of(2026, 9, 30)).build());
        ContactMoment doneEarly = s.moments().log(aMoment().with(p.deBeek()).on(LocalDate.of(2026, 8, 1))
                .followUp("Afspraak", LocalDate.of(2026, 8, 15)).build());
        s.moments().markFollowUpDone(doneEarly.id(), doneEarly.version(), LocalDate.of(2026, 9, 30));
        ContactMoment lateOne = s.moments().log(aMoment().with(p.deBeek()).on(LocalDate.of(2026, 8, 2))
                .followUp("Terugbellen", LocalDate.of(2026, 9, 1)).build());
        s.moments().markFollowUpDone(lateOne.id(), lateOne.version(), LocalDate.of(2026, 10, 1));
        s.moments().log(aMoment().with(p.deBeek()).on(LocalDate.of(2026, 10, 1)).build());

        QuarterFigures q3 = s.insights().quarterFigures(Q3);

        assertThat(q3.until()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(q3.activePartners())
                .as("De Linde, De Beek, Smaakvol and the one trashed only in November; not the prospect, the later one")
                .isEqualTo(4);
        assertThat(q3.newPartners()).as("De Beek on 01-07 and Smaakvol on 30-09").isEqualTo(2);
        assertThat(q3.contactMoments()).as("01-07, 20-08, 30-09, 01-08, 02-08").isEqualTo(5);
        assertThat(q3.followUpsDone()).as("done on 01-07 and on 30-09").isEqualTo(2);
        assertThat(q3.followUpsOverdue()).as("due 29-09 open, due 01-09 done only on 01-10; not those due on 30-09")
                .isEqualTo(2);
        assertThat(q3.goalsAchieved())
                .as("Valpreventie, and Beweegroute (reopened only on 02-10); not the earlier or the later one")
                .isEqualTo(2);
        assertThat(s.goals().achievedOn(achievedInQ3.id())).contains(LocalDate.of(2026, 9, 30));
        assertThat(s.goals().achievedOn(undone.id())).isEmpty();
        assertThat(doneLate.followUpDone()).isNull();
    }

    @Test
    void theRunningQuarterCountsUpToTodayAndAFutureQuarterIsRefused() {
        practice();
        Services s = on(TestDatabase.TODAY);
        assertThat(s.insights().quarterFigures(Quarter.parse("2026Q4")).until()).isEqualTo(TestDatabase.TODAY);
        assertThatThrownBy(() -> s.insights().quarterFigures(Quarter.parse("2027Q1")))
                .isInstanceOfSatisfying(VerbinderException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("insights.quarter.future"));
        assertThatThrownBy(() -> s.insights().charts(YearMonth.of(2026, 5), YearMonth.of(2026, 4)))
                .isInstanceOfSatisfying(VerbinderException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("insights.period.reversed"));
    }
}
