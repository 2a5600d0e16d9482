package nl.verbinder.service.demo;

import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.EnvironmentFactor;
import nl.verbinder.domain.GoalStatus;
import nl.verbinder.domain.MomentQuery;
import nl.verbinder.domain.MomentView;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerKind;
import nl.verbinder.domain.PartnerOverview;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.PracticeProfile;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.domain.Therapist;
import nl.verbinder.domain.TherapistRole;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.service.Services;
import nl.verbinder.service.demo.DemoService.DemoSummary;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemoServiceTest {

    private static final LocalDate TODAY = TestDatabase.TODAY;

    /** One demo practice, filled once, that the tests below only read. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class FilledDemo {

        private TestDatabase db;
        private Services services;
        private DemoSummary summary;
        private List<PartnerOverview> partners;
        private List<MomentView> moments;

        @BeforeAll
        void fillOnce(@TempDir Path folder) {
            db = TestDatabase.in(folder);
            services = db.services();
            summary = services.demo().fill();
            partners = services.partners().list(PartnerQuery.all());
            moments = services.moments().list(MomentQuery.all());
        }

        @AfterAll
        void close() {
            db.close();
        }

        @Test
        void summaryCountsWhatWasStored() {
            assertThat(summary.partners()).isEqualTo(partners.size());
            assertThat(summary.moments()).isEqualTo(moments.size());
            assertThat(summary.therapists()).isEqualTo(services.therapists().list().size());
            assertThat(summary.goals()).isEqualTo(services.goals().list().size());
            assertThat(summary.notes()).isEqualTo(services.environment().list().size());
            assertThat(summary.contactPersons())
                    .isEqualTo(partners.stream().mapToInt(PartnerOverview::contactPersonCount).sum());
        }

        @Test
        void fillsThePracticeProfile() {
            PracticeProfile profile = services.practice().get();
            assertThat(profile.name()).isNotBlank();
            assertThat(profile.postcode()).matches("[1-9][0-9]{3} [A-Z]{2}");
            assertThat(List.of(profile.street(), profile.city(), profile.specialisations(),
                    profile.passionsAndCompetences(), profile.distinctiveStrengths(), profile.targetGroups()))
                    .allSatisfy(text -> assertThat(text).isNotBlank());
        }

        @Test
        void hasThreeTherapistsWithOnePracticeOwner() {
            List<Therapist> therapists = services.therapists().list();
            assertThat(therapists).hasSize(3);
            assertThat(therapists).filteredOn(t -> t.role() == TherapistRole.PRACTICE_OWNER).hasSize(1);
            assertThat(therapists).allSatisfy(t -> assertThat(t.competences()).isNotBlank());
        }

        @Test
        void hasAtLeastThirtyPartnersOverAtLeastTenCategories() {
            assertThat(partners).hasSizeGreaterThanOrEqualTo(30);
            assertThat(partners.stream().map(p -> p.partner().category()).distinct().count())
                    .isGreaterThanOrEqualTo(10);
            assertThat(categories()).contains(Category.GP, Category.HEALTH_INSURER, Category.MUNICIPALITY);
        }

        @Test
        void partnersAreMostlyActiveWithSomeProspectsDormantAndOneEnded() {
            Map<PartnerStatus, Long> byStatus = partners.stream()
                    .collect(Collectors.groupingBy(p -> p.partner().status(), Collectors.counting()));
            assertThat(byStatus.get(PartnerStatus.ACTIVE)).isGreaterThan(partners.size() / 2L);
            assertThat(byStatus.get(PartnerStatus.PROSPECT)).isGreaterThanOrEqualTo(2);
            assertThat(byStatus.get(PartnerStatus.DORMANT)).isGreaterThanOrEqualTo(1);
            assertThat(byStatus.get(PartnerStatus.ENDED)).isEqualTo(1);
        }

        @Test
        void everyStoredPartnerPassesTheServiceValidation() {
            assertThat(partners).allSatisfy(p -> assertThat(services.partners().check(p.partner())).isEmpty());
        }

        @Test
        void everyStoredContactPersonAndMomentPassesTheServiceValidation() {
            for (PartnerOverview partner : partners) {
                assertThat(services.contactPersons().forPartner(partner.id()))
                        .allSatisfy(person -> assertThat(services.contactPersons().check(person)).isEmpty());
            }
            assertThat(moments).allSatisfy(m -> assertThat(services.moments().check(m.moment())).isEmpty());
        }

        @Test
        void partnersHaveNamesWithAccentsApostrophesAndLengthAndValidContactDetails() {
            List<String> names = partners.stream().map(PartnerOverview::name).toList();
            assertThat(names).anyMatch(name -> name.length() > 50);
            assertThat(names).anyMatch(name -> name.contains("'"));
            assertThat(names).anyMatch(name -> name.contains("ë"));
            assertThat(partners).map(PartnerOverview::partner).allSatisfy(p -> {
                assertThat(p.website()).matches("https://www\\.[a-z0-9-]+\\.example\\.nl(/.*)?");
                assertThat(p.email()).endsWith(".example.nl");
                assertThat(p.trust() == null || (p.trust() >= 1 && p.trust() <= 5)).isTrue();
            });
            assertThat(partners).map(PartnerOverview::partner)
                    .anyMatch(p -> p.rhythmDays() != null)
                    .anyMatch(p -> p.kind() == PartnerKind.PERSON)
                    .allMatch(p -> p.ownerId() != null)
                    .allMatch(p -> !p.tags().isEmpty());
        }

        @Test
        void organisationsHaveOneToThreeContactPersons() {
            assertThat(partners).filteredOn(p -> p.partner().kind() == PartnerKind.ORGANISATION)
                    .allSatisfy(p -> assertThat(p.contactPersonCount()).isBetween(1, 3));
            List<String> linkedIn = partners.stream()
                    .flatMap(p -> services.contactPersons().forPartner(p.id()).stream())
                    .map(person -> person.linkedinUrl())
                    .filter(url -> url != null)
                    .toList();
            assertThat(linkedIn).hasSizeGreaterThanOrEqualTo(3)
                    .allMatch(url -> url.startsWith("https://www.linkedin.com/in/"));
        }

        @Test
        void hasAtLeastOneHundredFiftyMomentsWithinTheLastEighteenMonthsAndNoneInTheFuture() {
            assertThat(moments).hasSizeGreaterThanOrEqualTo(150);
            assertThat(moments).map(m -> m.moment().date())
                    .allSatisfy(date -> assertThat(date).isBetween(TODAY.minusMonths(18), TODAY));
        }

        @Test
        void momentsUseEveryKindOfContact() {
            assertThat(moments.stream().map(m -> m.moment().kind()).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder(ContactKind.values());
        }

        @Test
        void momentsNameTherapistsAndContactPersonsWhoTookPart() {
            assertThat(moments).allSatisfy(m -> {
                assertThat(m.moment().loggedBy()).isNotNull();
                assertThat(m.therapistNames()).isNotEmpty();
            });
            assertThat(moments).filteredOn(m -> m.therapistNames().size() > 1).isNotEmpty();
            assertThat(moments).filteredOn(m -> m.contactPersonNames().size() > 1).isNotEmpty();
        }

        @Test
        void somePartnersAreOnlyAskedAndNeverOffered() {
            Map<Long, List<ContactMoment>> byPartner = moments.stream().map(MomentView::moment)
                    .collect(Collectors.groupingBy(ContactMoment::partnerId));
            long askOnly = byPartner.values().stream()
                    .filter(list -> list.size() >= 3)
                    .filter(list -> list.stream().allMatch(m -> m.offered() == null))
                    .filter(list -> list.stream().anyMatch(m -> m.asked() != null))
                    .count();
            assertThat(askOnly).isGreaterThanOrEqualTo(2);
        }

        @Test
        void somePartnersAreOverdueOnTheirRhythmAndOthersUpToDate() {
            List<PartnerOverview> overdue = services.partners().list(PartnerQuery.all().withOverdueOnly(true));
            assertThat(overdue).hasSizeGreaterThanOrEqualTo(5);
            assertThat(overdue).anyMatch(p -> p.lastContact() != null);
            // Partners never contacted count once they were added more than two weeks ago (the
            // attention engine's NEVER_CONTACTED); the demo added them weeks ago.
            assertThat(services.attention().overview(TODAY,
                    nl.verbinder.domain.attention.AttentionFilter.all()).items())
                    .anyMatch(i -> i.has(nl.verbinder.domain.attention.ReasonCode.NEVER_CONTACTED));
            long upToDate = partners.stream()
                    .filter(p -> p.partner().status() == PartnerStatus.ACTIVE)
                    .filter(p -> p.lastContact() != null)
                    .filter(p -> p.lastContact().plusDays(p.partner().effectiveRhythmDays()).isAfter(TODAY))
                    .count();
            assertThat(upToDate).isGreaterThanOrEqualTo(10);
        }

        @Test
        void partnersWereAddedBeforeTheirFirstMomentNotToday() {
            ZoneId zone = ZoneId.systemDefault();
            for (PartnerOverview p : partners) {
                LocalDate added = p.partner().createdAt().atZone(zone).toLocalDate();
                assertThat(added).as(p.partner().name()).isBefore(TODAY.minusDays(14));
                moments.stream().map(MomentView::moment)
                        .filter(m -> m.partnerId() == p.partner().id())
                        .map(ContactMoment::date)
                        .min(Comparator.naturalOrder())
                        .ifPresent(first -> assertThat(added).as(p.partner().name()).isBefore(first));
            }
        }

        @Test
        void someProspectsWereNeverContacted() {
            assertThat(partners).filteredOn(p -> p.partner().status() == PartnerStatus.PROSPECT)
                    .anyMatch(p -> p.lastContact() == null);
        }

        @Test
        void followUpsAreDoneOpenAndAtLeastFiveOverdue() {
            List<ContactMoment> withFollowUp = moments.stream().map(MomentView::moment)
                    .filter(m -> m.followUp() != null).toList();
            assertThat(withFollowUp).anyMatch(m -> m.followUpDone() != null);
            assertThat(withFollowUp).filteredOn(ContactMoment::hasOpenFollowUp)
                    .anyMatch(m -> !m.followUpDue().isBefore(TODAY));
            assertThat(withFollowUp).filteredOn(ContactMoment::hasOpenFollowUp)
                    .filteredOn(m -> m.followUpDue().isBefore(TODAY))
                    .hasSizeGreaterThanOrEqualTo(5);
            assertThat(withFollowUp).filteredOn(m -> m.followUpDone() != null)
                    .allSatisfy(m -> assertThat(m.followUpDone()).isBetween(m.date(), TODAY));
        }

        @Test
        void hasFiveSharedGoalsWithTheFourQuestionsAnsweredAndOneToFourPartners() {
            List<SharedGoal> goals = services.goals().list();
            assertThat(goals).hasSize(5);
            assertThat(goals).allSatisfy(goal -> {
                assertThat(List.of(goal.whatIsGoingOn(), goal.whatMattersForPatient(), goal.possibilities(),
                        goal.whatWeGoFor())).allSatisfy(answer -> assertThat(answer).isNotBlank());
                assertThat(goal.partnerIds()).hasSizeBetween(1, 4);
                assertThat(goal.targetDate()).isNotNull();
            });
            assertThat(goals).map(SharedGoal::status).contains(GoalStatus.AGREED, GoalStatus.ACTIVE);
            assertThat(goals).allSatisfy(goal -> assertThat(services.goals().moments(goal.id())).isNotEmpty());
        }

        @Test
        void environmentNotesCoverEveryFactorWithSourcesObservedInThePast() {
            Map<EnvironmentFactor, Integer> coverage = services.environment().coverage();
            assertThat(coverage).allSatisfy((factor, count) -> assertThat(count).isPositive());
            assertThat(services.environment().missingCoreFactors()).isEmpty();
            assertThat(services.environment().list())
                    .hasSizeGreaterThanOrEqualTo(EnvironmentFactor.values().length)
                    .allSatisfy(note -> {
                        assertThat(note.area()).isNotBlank();
                        assertThat(note.sourceKind()).isNotNull();
                        assertThat(note.observedOn()).isBefore(TODAY);
                    });
        }

        private Set<Category> categories() {
            return partners.stream().map(p -> p.partner().category()).collect(Collectors.toSet());
        }
    }

    @TempDir
    Path folder;

    @Test
    void refusesDatabaseThatAlreadyHasPartnersAndLeavesItUnchanged() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            Services services = db.services();
            Partner own = services.partners().create(aPartner().named("Huisartsenpraktijk Eigen Netwerk").build());

            assertThatThrownBy(() -> services.demo().fill())
                    .isInstanceOf(VerbinderException.class)
                    .extracting(e -> ((VerbinderException) e).messageKey())
                    .isEqualTo("error.demo.not-empty");

            assertThat(services.partners().list(PartnerQuery.all())).map(PartnerOverview::partner).containsExactly(own);
            assertThat(services.therapists().list()).isEmpty();
            assertThat(services.moments().list(MomentQuery.all())).isEmpty();
            assertThat(services.goals().list()).isEmpty();
            assertThat(services.environment().list()).isEmpty();
            assertThat(services.practice().get().name()).isEmpty();
        }
    }

    @Test
    void refusesDatabaseWhosePartnersAreAllInTheTrash() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            Services services = db.services();
            Partner own = services.partners().create(aPartner().build());
            services.partners().moveToTrash(own.id());

            assertThatThrownBy(() -> services.demo().fill()).isInstanceOf(VerbinderException.class);

            assertThat(services.partners().list(PartnerQuery.all())).isEmpty();
            assertThat(services.partners().trash()).hasSize(1);
            assertThat(services.therapists().list()).isEmpty();
        }
    }

    @Test
    void fillingTwiceRefusesTheSecondTime() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            DemoSummary first = db.services().demo().fill();

            assertThatThrownBy(() -> db.services().demo().fill()).isInstanceOf(VerbinderException.class);

            assertThat(db.services().partners().count(PartnerQuery.all())).isEqualTo(first.partners());
        }
    }

    @Test
    void sameClockGivesTheSameDemo(@TempDir Path other) {
        try (TestDatabase one = TestDatabase.in(folder); TestDatabase two = TestDatabase.in(other)) {
            DemoSummary first = one.services().demo().fill();
            DemoSummary second = two.services().demo().fill();

            assertThat(second).isEqualTo(first);
            assertThat(two.services().partners().list(PartnerQuery.all()))
                    .isEqualTo(one.services().partners().list(PartnerQuery.all()));
            assertThat(two.services().moments().list(MomentQuery.all()))
                    .isEqualTo(one.services().moments().list(MomentQuery.all()));
        }
    }

    /** Dates are relative to the clock: any day gives eighteen months of history and nothing in the future. */
    @ParameterizedTest
    @ValueSource(strings = {"2024-02-29", "2025-01-04", "2027-06-15"})
    void momentsStayWithinEighteenMonthsBeforeAnyToday(String day) {
        LocalDate today = LocalDate.parse(day);
        try (TestDatabase db = TestDatabase.in(folder, TestDatabase.fixedClock(today))) {
            db.services().demo().fill();

            List<MomentView> moments = db.services().moments().list(MomentQuery.all());
            assertThat(moments).hasSizeGreaterThanOrEqualTo(150);
            assertThat(moments).map(m -> m.moment().date())
                    .allSatisfy(date -> assertThat(date).isBetween(today.minusMonths(18), today));
            assertThat(db.services().partners().list(PartnerQuery.all().withOverdueOnly(true))).isNotEmpty();
        }
    }
}
