package nl.verbinder.domain.attention;

import static nl.verbinder.testutil.PartnerFactsBuilder.facts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.EnvironmentFactor;
import nl.verbinder.domain.PartnerStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AttentionRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final AttentionRules rules = new AttentionRules(AttentionSettings.defaults());

    private List<ReasonCode> codes(PartnerFacts f) {
        return rules.reasons(f, TODAY).stream().map(Reason::code).toList();
    }

    @Test
    void aPartnerWithRecentContactAndNothingOpenNeedsNoAttention() {
        assertThat(rules.evaluate(facts().build(), TODAY)).isEmpty();
    }

    @Test
    void overdueWhenDaysSinceLastContactExceedRhythm() {
        Reason reason = rules.reasons(facts().lastContact(TODAY.minusDays(91)).build(), TODAY).getFirst();

        assertThat(reason.code()).isEqualTo(ReasonCode.OVERDUE);
        assertThat(reason.args()).containsExactly(91L, 90, TODAY.minusDays(91));
    }

    @Test
    void exactlyOnTheRhythmDayIsNotOverdue() {
        assertThat(codes(facts().lastContact(TODAY.minusDays(90)).build())).isEmpty();
    }

    @Test
    void thePartnersOwnRhythmWinsOverItsCategorys() {
        assertThat(codes(facts().withRhythm(30).lastContact(TODAY.minusDays(31)).build()))
                .containsExactly(ReasonCode.OVERDUE);
        assertThat(codes(facts().withRhythm(200).lastContact(TODAY.minusDays(150)).build())).isEmpty();
    }

    @Test
    void categoryRhythmsComeFromTheCategoryUnlessTheSettingsSayOtherwise() {
        PartnerFacts gym = facts().inCategory(Category.GYM).lastContact(TODAY.minusDays(100)).build();
        assertThat(codes(gym)).isEmpty();

        AttentionSettings stricter = AttentionSettings.fromMap(Map.of("attention.rhythm.gym", "60"));
        assertThat(new AttentionRules(stricter).reasons(gym, TODAY)).extracting(Reason::code)
                .containsExactly(ReasonCode.OVERDUE);
    }

    @ParameterizedTest
    @EnumSource(value = PartnerStatus.class, names = {"DORMANT", "ENDED"})
    void dormantAndEndedPartnersAreNeverOverdueNorNeverContacted(PartnerStatus status) {
        assertThat(codes(facts().withStatus(status).lastContact(TODAY.minusDays(900)).build())).isEmpty();
        assertThat(codes(facts().withStatus(status).neverContacted().createdOn(TODAY.minusDays(400)).build())).isEmpty();
    }

    @Test
    void prospectsAreOverdueLikeActivePartners() {
        assertThat(codes(facts().withStatus(PartnerStatus.PROSPECT).lastContact(TODAY.minusDays(91)).build()))
                .containsExactly(ReasonCode.OVERDUE);
    }

    @Test
    void neverContactedOnlyAfterTheGracePeriod() {
        assertThat(codes(facts().neverContacted().createdOn(TODAY.minusDays(14)).build())).isEmpty();
        Reason reason = rules.reasons(facts().neverContacted().createdOn(TODAY.minusDays(15)).build(), TODAY)
                .getFirst();
        assertThat(reason.code()).isEqualTo(ReasonCode.NEVER_CONTACTED);
        assertThat(reason.args()).containsExactly(15L, TODAY.minusDays(15));
    }

    @Test
    void followUpOverdueOnceItsDueDateHasPassed() {
        assertThat(codes(facts().openFollowUp("Offerte sturen", TODAY).build())).isEmpty();

        Reason reason = rules.reasons(facts().openFollowUp("Offerte sturen", TODAY.minusDays(1))
                .openFollowUp("Verslag rondsturen", TODAY.minusDays(10)).build(), TODAY).getFirst();
        assertThat(reason.code()).isEqualTo(ReasonCode.FOLLOW_UP_OVERDUE);
        assertThat(reason.args()).as("the oldest is named, the other counted")
                .containsExactly("Verslag rondsturen", TODAY.minusDays(10), 10L, 1);
    }

    @Test
    void followUpsCountForDormantPartnersButNotForEndedOnes() {
        PartnerFacts.OpenFollowUp late = new PartnerFacts.OpenFollowUp(1, "Terugbellen", TODAY.minusDays(3));
        assertThat(codes(facts().withStatus(PartnerStatus.DORMANT).openFollowUp(late.text(), late.due()).build()))
                .containsExactly(ReasonCode.FOLLOW_UP_OVERDUE);
        assertThat(codes(facts().withStatus(PartnerStatus.ENDED).openFollowUp(late.text(), late.due()).build()))
                .isEmpty();
    }

    @Test
    void onlyAskingWhenTheLastThreeOffersOrRequestsWereAllRequests() {
        assertThat(codes(facts().gaveAndAsked(false, true).gaveAndAsked(false, true).gaveAndAsked(false, true)
                .build())).containsExactly(ReasonCode.ONLY_ASKING);
    }

    @Test
    void oneOfferAmongTheLastThreeIsEnoughToGiveBeforeYouAsk() {
        assertThat(codes(facts().gaveAndAsked(false, true).gaveAndAsked(true, true).gaveAndAsked(false, true)
                .build())).isEmpty();
    }

    @Test
    void onlyAskingNeedsThreeMomentsWithAnOfferOrRequest() {
        assertThat(codes(facts().gaveAndAsked(false, true).gaveAndAsked(false, true).build())).isEmpty();
    }

    @Test
    void goalStalledAfterNinetyDaysWithoutAMomentServingIt() {
        LocalDate added = TODAY.minusYears(1);
        assertThat(codes(facts().goal("Valpreventie", added, TODAY.minusDays(90)).build())).isEmpty();

        Reason reason = rules.reasons(facts().goal("Valpreventie", added, TODAY.minusDays(91)).build(), TODAY)
                .getFirst();
        assertThat(reason.code()).isEqualTo(ReasonCode.GOAL_STALLED);
        assertThat(reason.args()).containsExactly("Valpreventie", 91L, 0);
    }

    @Test
    void aGoalNeverServedCountsFromTheDayItWasAdded() {
        assertThat(codes(facts().goal("Fit zwanger", TODAY.minusDays(30), null).build())).isEmpty();
        assertThat(codes(facts().goal("Fit zwanger", TODAY.minusDays(120), null).build()))
                .containsExactly(ReasonCode.GOAL_STALLED);
    }

    @Test
    void decliningWhenFewerThanHalfAsManyMomentsAsTheHalfYearBefore() {
        assertThat(codes(facts().moments(4, 1).build())).containsExactly(ReasonCode.DECLINING);
        assertThat(codes(facts().moments(4, 2).build())).as("exactly half is not fewer than half").isEmpty();
        assertThat(codes(facts().moments(3, 0).build())).as("too few before to speak of a decline").isEmpty();
        assertThat(rules.reasons(facts().moments(6, 2).build(), TODAY).getFirst().args()).containsExactly(2, 6, 6);
    }

    @Test
    void decliningAndOnlyAskingAreNotReportedForDormantPartners() {
        assertThat(codes(facts().withStatus(PartnerStatus.DORMANT).moments(10, 0).gaveAndAsked(false, true)
                .gaveAndAsked(false, true).gaveAndAsked(false, true).build())).isEmpty();
    }

    @Test
    void reasonsComeMostPointsFirstAndAddUpToTheScore() {
        AttentionItem item = rules.evaluate(facts().lastContact(TODAY.minusDays(180)).moments(5, 0)
                .openFollowUp("Bellen", TODAY.minusDays(2)).build(), TODAY).orElseThrow();

        assertThat(item.reasons()).extracting(Reason::code)
                .containsExactly(ReasonCode.OVERDUE, ReasonCode.FOLLOW_UP_OVERDUE, ReasonCode.DECLINING);
        assertThat(item.urgency().reasonPoints()).isEqualTo(60 + 20 + 10);
        assertThat(item.score()).isEqualTo(90);
        assertThat(item.daysSinceContact()).isEqualTo(180);
        assertThat(item.rhythmDays()).isEqualTo(90);
    }

    @Test
    void scoreWeighsTrustAndStatus() {
        PartnerFacts base = facts().lastContact(TODAY.minusDays(91)).build();
        int plain = rules.evaluate(base, TODAY).orElseThrow().score();
        int trusted = rules.evaluate(facts().lastContact(TODAY.minusDays(91)).withTrust(5).build(), TODAY)
                .orElseThrow().score();
        int prospect = rules.evaluate(facts().lastContact(TODAY.minusDays(91)).withStatus(PartnerStatus.PROSPECT)
                .build(), TODAY).orElseThrow().score();

        assertThat(plain).isEqualTo(30);
        assertThat(trusted).isEqualTo(39);
        assertThat(prospect).isEqualTo(24);
    }

    @Test
    void theListIsSortedMostUrgentFirst() {
        AttentionEngine engine = new AttentionEngine(rules);
        List<PartnerFacts> partners = List.of(
                facts().id(1).named("Net over tijd").lastContact(TODAY.minusDays(91)).build(),
                facts().id(2).named("Ver over tijd").lastContact(TODAY.minusDays(400)).build(),
                facts().id(3).named("Over tijd en vertrouwd").lastContact(TODAY.minusDays(91)).withTrust(5).build(),
                facts().id(4).named("Over tijd en meer").lastContact(TODAY.minusDays(91)).moments(4, 0).build(),
                facts().id(5).named("Niets aan de hand").build());

        AttentionOverview overview = engine.overview(TODAY, AttentionFilter.all(), partners, Map.of(),
                new PracticeFacts(Map.of(), Map.of()));

        assertThat(overview.items()).extracting(AttentionItem::partnerName).containsExactly(
                "Ver over tijd", "Over tijd en meer", "Over tijd en vertrouwd", "Net over tijd");
        assertThat(overview.items()).extracting(AttentionItem::score).containsExactly(70, 40, 39, 30);
        assertThat(overview.total()).isEqualTo(4);
    }

    @Test
    void snoozedItemStaysAwayThroughItsDateAndComesBackTheDayAfter() {
        AttentionEngine engine = new AttentionEngine(rules);
        PartnerFacts overdue = facts().lastContact(TODAY.minusDays(100)).build();
        Snooze snooze = new Snooze(1, TODAY.plusDays(7), "Na de vakantie", java.util.Set.of(ReasonCode.OVERDUE),
                TODAY);

        AttentionOverview during = engine.overview(TODAY.plusDays(7), AttentionFilter.all(), List.of(overdue),
                Map.of(1L, snooze), new PracticeFacts(Map.of(), Map.of()));
        AttentionOverview after = engine.overview(TODAY.plusDays(8), AttentionFilter.all(), List.of(overdue),
                Map.of(1L, snooze), new PracticeFacts(Map.of(), Map.of()));

        assertThat(during.items()).isEmpty();
        assertThat(during.snoozed()).extracting(AttentionItem::partnerId).containsExactly(1L);
        assertThat(during.total()).isZero();
        assertThat(after.items()).extracting(AttentionItem::partnerId).containsExactly(1L);
        assertThat(after.items().getFirst().snooze().note()).isEqualTo("Na de vakantie");
    }

    @Test
    void snoozedItemComesBackAtOnceWhenANewReasonAppears() {
        AttentionEngine engine = new AttentionEngine(rules);
        Snooze snooze = new Snooze(1, TODAY.plusDays(30), null, java.util.Set.of(ReasonCode.OVERDUE), TODAY);
        PartnerFacts withNewReason = facts().lastContact(TODAY.minusDays(100))
                .openFollowUp("Offerte sturen", TODAY.minusDays(1)).build();

        AttentionOverview overview = engine.overview(TODAY, AttentionFilter.all(), List.of(withNewReason),
                Map.of(1L, snooze), new PracticeFacts(Map.of(), Map.of()));

        assertThat(overview.items()).extracting(AttentionItem::partnerId).containsExactly(1L);
        assertThat(overview.snoozed()).isEmpty();
    }

    @Test
    void filtersByOwnerAndReasonButCountsTheWholeList() {
        AttentionEngine engine = new AttentionEngine(rules);
        List<PartnerFacts> partners = List.of(
                facts().id(1).ownedBy(7, "Sanne").lastContact(TODAY.minusDays(100)).build(),
                facts().id(2).ownedBy(7, "Sanne").moments(4, 0).build(),
                facts().id(3).ownedBy(8, "Joost").lastContact(TODAY.minusDays(100)).build(),
                facts().id(4).lastContact(TODAY.minusDays(100)).build());

        AttentionOverview mine = engine.overview(TODAY, AttentionFilter.ownedBy(7).withReason(ReasonCode.OVERDUE),
                partners, Map.of(), new PracticeFacts(Map.of(), Map.of()));

        assertThat(mine.items()).extracting(AttentionItem::partnerId).containsExactly(1L);
        assertThat(mine.owners()).containsExactly(new OwnerCount(7L, "Sanne", 2), new OwnerCount(8L, "Joost", 1),
                new OwnerCount(null, null, 1));
        assertThat(mine.reasons()).containsEntry(ReasonCode.OVERDUE, 3).containsEntry(ReasonCode.DECLINING, 1);
        assertThat(mine.total()).isEqualTo(4);
    }

    @Test
    void practiceHintsNameWhatTheNetworkLacks() {
        List<PracticeHint> none = rules.hints(new PracticeFacts(Map.of(), Map.of()));
        assertThat(none).extracting(PracticeHint::code).containsExactly(HintCode.MISSING_FINANCIER,
                HintCode.MISSING_PATIENT_VOICE, HintCode.ENVIRONMENT_GAP);
        assertThat(none.get(2).args().getFirst()).isEqualTo(List.of(EnvironmentFactor.POPULATION,
                EnvironmentFactor.HEALTH, EnvironmentFactor.CARE_AND_WELFARE, EnvironmentFactor.EXISTING_NETWORKS));

        List<PracticeHint> complete = rules.hints(new PracticeFacts(
                Map.of(Category.MUNICIPALITY, 1, Category.PATIENT_ORGANISATION, 2),
                Map.of(EnvironmentFactor.POPULATION, 1, EnvironmentFactor.HEALTH, 3,
                        EnvironmentFactor.CARE_AND_WELFARE, 1, EnvironmentFactor.EXISTING_NETWORKS, 2)));
        assertThat(complete).isEmpty();
    }

    @Test
    void anInsurerAloneIsFinancierEnough() {
        assertThat(rules.hints(new PracticeFacts(Map.of(Category.HEALTH_INSURER, 1), Map.of())))
                .extracting(PracticeHint::code).doesNotContain(HintCode.MISSING_FINANCIER);
    }

    @Test
    void settingsOutOfRangeOrNotNumbersFallBackToTheDefault() {
        AttentionSettings settings = AttentionSettings.fromMap(Map.of("attention.goal-stalled.days", "abc",
                "attention.never-contacted.days", "-3", "attention.declining.minimum", "6"));

        assertThat(settings.goalStalledDays()).isEqualTo(90);
        assertThat(settings.neverContactedDays()).isEqualTo(14);
        assertThat(settings.decliningMinimum()).isEqualTo(6);
    }
}
