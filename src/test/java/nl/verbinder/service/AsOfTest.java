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

/** The past as it was, from the history, on hand-made cases (the base; not yet used by the reports). */
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
}
