package nl.verbinder.service;

import static nl.verbinder.testutil.ContactMomentBuilder.aMoment;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.testutil.SharedGoalBuilder.aGoal;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import nl.verbinder.domain.GoalStatus;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.domain.history.RecordKind;
import nl.verbinder.testutil.MutableClock;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The past as it was, from the history, on hand-made cases: in the history service, and where
 * a past day is asked (the attention list, the network map, the Inzicht charts, the report).
 */
class AsOfTest {

    private static final LocalDate SEPTEMBER = LocalDate.of(2026, 9, 1);
    private static final LocalDate OCTOBER = LocalDate.of(2026, 10, 1);
    private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 1);
    private static final LocalDate DECEMBER = LocalDate.of(2026, 12, 1);

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(SEPTEMBER);
    private TestDatabase db;
    private Services s;

    @BeforeEach
    void open() {
        db = TestDatabase.in(folder, clock);
        s = db.services();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aStatusChangedTwiceIsAsItWasOnEachDay() {
        Partner linde = s.partners().create(aPartner().named("De Linde").withStatus(PartnerStatus.PROSPECT).build());
        clock.setDay(OCTOBER);
        s.partners().update(s.partners().get(linde.id()).toBuilder().status(PartnerStatus.ACTIVE).build());
        clock.setDay(NOVEMBER);
        s.partners().update(s.partners().get(linde.id()).toBuilder().status(PartnerStatus.DORMANT).build());
        clock.setDay(DECEMBER);

        assertThat(s.history().partnerStatusAsOf(linde.id(), SEPTEMBER.plusDays(10))).contains(PartnerStatus.PROSPECT);
        assertThat(s.history().partnerStatusAsOf(linde.id(), OCTOBER)).contains(PartnerStatus.ACTIVE);
        assertThat(s.history().partnerStatusAsOf(linde.id(), OCTOBER.plusDays(20))).contains(PartnerStatus.ACTIVE);
        assertThat(s.history().partnerStatusAsOf(linde.id(), NOVEMBER.plusDays(5))).contains(PartnerStatus.DORMANT);
        assertThat(s.history().partnerStatusAsOf(linde.id(), SEPTEMBER.minusDays(1))).as("not made yet").isEmpty();
    }

    @Test
    void aPartnerBackLoggedBeforeItsCreationExistsFromItsFirstMoment() {
        clock.setDay(DECEMBER);
        Partner linde = s.partners().create(aPartner().named("De Linde").withStatus(PartnerStatus.ACTIVE).build());
        s.moments().log(aMoment().with(linde.id()).on(LocalDate.of(2026, 8, 14)).about("Kennismaking").build());

        assertThat(s.history().partnerStatusAsOf(linde.id(), LocalDate.of(2026, 9, 30))).contains(PartnerStatus.ACTIVE);
        assertThat(s.history().partnerStatusAsOf(linde.id(), LocalDate.of(2026, 8, 1))).isEmpty();
    }

    @Test
    void aGoalAchievedAndReopenedIsAchievedOnlyInBetween() {
        SharedGoal goal = s.goals().create(aGoal().titled("Valpreventie").withStatus(GoalStatus.ACTIVE).build());
        clock.setDay(OCTOBER);
        SharedGoal achieved = s.goals().changeStatus(goal.id(), goal.version(), GoalStatus.ACHIEVED);
        clock.setDay(NOVEMBER);
        s.goals().changeStatus(goal.id(), achieved.version(), GoalStatus.ACTIVE);
        clock.setDay(DECEMBER);

        assertThat(s.history().valuesAsOf(RecordKind.GOAL, "status", SEPTEMBER.plusDays(3)))
                .containsEntry(goal.id(), "active");
        assertThat(s.history().valuesAsOf(RecordKind.GOAL, "status", OCTOBER.plusDays(3)))
                .containsEntry(goal.id(), "achieved");
        assertThat(s.history().valuesAsOf(RecordKind.GOAL, "status", NOVEMBER.plusDays(3)))
                .as("unchanged since: its value now").doesNotContainKey(goal.id());
    }

    private static final LocalDate Q3_END = LocalDate.of(2026, 9, 30);

    private nl.verbinder.domain.attention.AttentionItem onList(LocalDate day, long partnerId) {
        var overview = s.attention().overview(day, nl.verbinder.domain.attention.AttentionFilter.all());
        return java.util.stream.Stream.concat(overview.items().stream(), overview.snoozed().stream())
                .filter(i -> i.partnerId() == partnerId).findFirst().orElse(null);
    }

    private nl.verbinder.domain.insight.MapNode onMap(LocalDate day, long partnerId) {
        return s.network().map(day, nl.verbinder.domain.insight.NetworkFilter.all()).nodes().stream()
                .filter(n -> n.partnerId() == partnerId).findFirst().orElse(null);
    }

    private java.util.List<nl.verbinder.domain.insight.CategoryStatusCount> partnersInCharts(int month) {
        return s.insights().charts(java.time.YearMonth.of(2026, month), java.time.YearMonth.of(2026, month)).partners();
    }

    @Test
    void aPartnerBackLoggedBeforeItsCreationIsOnTheListTheMapAndTheReportOfThen() {
        clock.setDay(DECEMBER);
        Partner linde = s.partners().create(aPartner().named("De Linde").inCategory(nl.verbinder.domain.Category.GP)
                .withStatus(PartnerStatus.ACTIVE).build());
        s.moments().log(aMoment().with(linde.id()).on(LocalDate.of(2026, 5, 10)).about("Kennismaking").build());

        assertThat(onList(Q3_END, linde.id()).has(nl.verbinder.domain.attention.ReasonCode.OVERDUE))
                .as("90 days for a GP, 143 days since May").isTrue();
        assertThat(onMap(Q3_END, linde.id())).isNotNull();
        assertThat(s.insights().quarterFigures(nl.verbinder.domain.insight.Quarter.parse("2026Q3")).activePartners())
                .isEqualTo(1);
        assertThat(s.insights().quarterFigures(nl.verbinder.domain.insight.Quarter.parse("2026Q2")).newPartners())
                .as("it exists from its first moment, in May").isEqualTo(1);
        assertThat(partnersInCharts(9)).extracting(c -> c.status() + " " + c.count()).containsExactly("ACTIVE 1");
        assertThat(onList(LocalDate.of(2026, 5, 9), linde.id())).as("before its first moment").isNull();
        assertThat(onMap(LocalDate.of(2026, 5, 9), linde.id())).isNull();
    }

    @Test
    void aStatusAndOwnerChangedTwiceAreOnTheMapAndInTheChartsAsOnEachDay() {
        long anna = s.therapists().add(nl.verbinder.testutil.TherapistBuilder.aTherapist().named("Anna").build()).id();
        long bram = s.therapists().add(nl.verbinder.testutil.TherapistBuilder.aTherapist().named("Bram").build()).id();
        Partner linde = s.partners().create(aPartner().named("De Linde").withStatus(PartnerStatus.PROSPECT)
                .ownedBy(anna).build());
        clock.setDay(OCTOBER);
        s.partners().update(s.partners().get(linde.id()).toBuilder().status(PartnerStatus.ACTIVE).ownerId(bram)
                .build());
        clock.setDay(NOVEMBER);
        s.partners().update(s.partners().get(linde.id()).toBuilder().status(PartnerStatus.DORMANT).ownerId(null)
                .build());
        clock.setDay(DECEMBER);

        assertThat(onMap(SEPTEMBER.plusDays(9), linde.id())).extracting(n -> n.status(), n -> n.ownerId())
                .containsExactly(PartnerStatus.PROSPECT, anna);
        assertThat(onMap(OCTOBER.plusDays(19), linde.id())).extracting(n -> n.status(), n -> n.ownerId())
                .containsExactly(PartnerStatus.ACTIVE, bram);
        assertThat(onMap(DECEMBER, linde.id())).extracting(n -> n.status(), n -> n.ownerId())
                .containsExactly(PartnerStatus.DORMANT, null);
        assertThat(partnersInCharts(9)).extracting(c -> c.status()).containsExactly(PartnerStatus.PROSPECT);
        assertThat(partnersInCharts(10)).extracting(c -> c.status()).containsExactly(PartnerStatus.ACTIVE);
        assertThat(partnersInCharts(11)).extracting(c -> c.status()).containsExactly(PartnerStatus.DORMANT);
    }

    @Test
    void aGoalAchievedAndReopenedCountsAsAchievedOnlyInBetween() {
        SharedGoal goal = s.goals().create(aGoal().titled("Valpreventie").withStatus(GoalStatus.ACTIVE).build());
        clock.setDay(OCTOBER);
        SharedGoal achieved = s.goals().changeStatus(goal.id(), goal.version(), GoalStatus.ACHIEVED);
        clock.setDay(NOVEMBER);
        s.goals().changeStatus(goal.id(), achieved.version(), GoalStatus.ACTIVE);
        clock.setDay(DECEMBER);

        var q4 = nl.verbinder.domain.insight.Quarter.parse("2026Q4");
        assertThat(s.insights().charts(java.time.YearMonth.of(2026, 9), java.time.YearMonth.of(2026, 9)).goals())
                .containsEntry(GoalStatus.ACTIVE, 1).containsEntry(GoalStatus.ACHIEVED, 0);
        assertThat(s.insights().charts(java.time.YearMonth.of(2026, 10), java.time.YearMonth.of(2026, 10)).goals())
                .containsEntry(GoalStatus.ACTIVE, 0).containsEntry(GoalStatus.ACHIEVED, 1);
        assertThat(s.insights().quarterFigures(q4, OCTOBER.plusDays(20)).goalsAchieved()).isEqualTo(1);
        assertThat(s.insights().quarterFigures(q4, DECEMBER).goalsAchieved()).as("reopened since").isZero();
    }

    @Test
    void aFollowUpDoneLaterThanItsDueDateIsOverdueInBetween() {
        Partner linde = s.partners().create(aPartner().named("De Linde").withStatus(PartnerStatus.ACTIVE).build());
        var moment = s.moments().log(aMoment().with(linde.id()).on(SEPTEMBER).followUp("Verslag sturen",
                SEPTEMBER.plusDays(9)).build());
        clock.setDay(SEPTEMBER.plusDays(24));
        s.moments().markFollowUpDone(moment.id(), moment.version(), SEPTEMBER.plusDays(24));
        clock.setDay(DECEMBER);

        var overdue = nl.verbinder.domain.attention.ReasonCode.FOLLOW_UP_OVERDUE;
        assertThat(onList(SEPTEMBER.plusDays(9), linde.id())).as("due that day, not yet overdue")
                .satisfiesAnyOf(i -> assertThat(i).isNull(), i -> assertThat(i.has(overdue)).isFalse());
        assertThat(onList(SEPTEMBER.plusDays(20), linde.id()).has(overdue)).isTrue();
        assertThat(onList(SEPTEMBER.plusDays(24), linde.id())).as("done that day")
                .satisfiesAnyOf(i -> assertThat(i).isNull(), i -> assertThat(i.has(overdue)).isFalse());
        var q3 = nl.verbinder.domain.insight.Quarter.parse("2026Q3");
        assertThat(s.insights().quarterFigures(q3, SEPTEMBER.plusDays(20)).followUpsOverdue()).isEqualTo(1);
        assertThat(s.insights().quarterFigures(q3).followUpsOverdue()).isZero();
        assertThat(s.insights().quarterFigures(q3).followUpsDone()).isEqualTo(1);
    }

    @Test
    void aSnoozeCountsFromTheDayItWasMade() {
        Partner linde = s.partners().create(aPartner().named("De Linde").inCategory(nl.verbinder.domain.Category.GP)
                .withStatus(PartnerStatus.ACTIVE).build());
        s.moments().log(aMoment().with(linde.id()).on(LocalDate.of(2026, 5, 10)).build());
        clock.setDay(DECEMBER);
        s.attention().snooze(linde.id(), LocalDate.of(2027, 3, 1), "Na de winter", DECEMBER);

        var september = s.attention().overview(Q3_END, nl.verbinder.domain.attention.AttentionFilter.all());
        assertThat(september.items()).extracting(i -> i.partnerId()).containsExactly(linde.id());
        assertThat(september.snoozed()).isEmpty();
        var december = s.attention().overview(DECEMBER, nl.verbinder.domain.attention.AttentionFilter.all());
        assertThat(december.items()).isEmpty();
        assertThat(december.snoozed()).extracting(i -> i.partnerId()).containsExactly(linde.id());
    }
}
