package nl.verbinder.service;

import static nl.verbinder.testutil.ContactMomentBuilder.aMoment;
import static nl.verbinder.testutil.NetworkBuilder.aNetwork;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.testutil.RefusalAssert.assertRefused;
import static nl.verbinder.testutil.ReviewBuilder.aReview;
import static nl.verbinder.testutil.SharedGoalBuilder.aGoal;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.networks.MaturityDimension;
import nl.verbinder.domain.networks.NetworkMember;
import nl.verbinder.domain.networks.NetworkPhase;
import nl.verbinder.domain.networks.NetworkReview;
import nl.verbinder.domain.networks.NetworkTip;
import nl.verbinder.domain.networks.OurRole;
import nl.verbinder.domain.networks.PhaseChange;
import nl.verbinder.domain.networks.PracticeNetwork;
import nl.verbinder.domain.networks.ReviewDecision;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PracticeNetworkServiceTest {

    private static final LocalDate TODAY = TestDatabase.TODAY;

    @TempDir
    Path folder;

    private TestDatabase db;
    private PracticeNetworkService networks;
    private long gp;
    private long gym;

    @BeforeEach
    void open() {
        db = TestDatabase.in(folder);
        networks = db.services().practiceNetworks();
        gp = db.services().partners().create(aPartner().named("Huisarts Oost").build()).id();
        gym = db.services().partners().create(aPartner().named("Sportschool Fit").build()).id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void storesANetworkWithMembersGoalsAndItsFirstPhase() {
        long goal = db.services().goals().create(aGoal().titled("Valpreventie").build()).id();

        PracticeNetwork created = networks.create(aNetwork().named("  Valpreventie   Oost ").withRole(OurRole.LEAD)
                .hoursPerQuarter(12).contract("Gemeente: valpreventie 2027", LocalDate.of(2027, 12, 31))
                .withMember(gp, "verwijzer").withMember(gym, "beweegaanbod").withGoals(goal).build(),
                LocalDate.of(2026, 3, 1));

        PracticeNetwork read = networks.get(created.id());
        assertThat(read.name()).isEqualTo("Valpreventie Oost");
        assertThat(read.ourRole()).isEqualTo(OurRole.LEAD);
        assertThat(read.hoursPerQuarter()).isEqualTo(12);
        assertThat(read.contractUntil()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(read.members()).extracting(NetworkMember::partnerName, NetworkMember::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Huisarts Oost", "verwijzer"),
                        org.assertj.core.groups.Tuple.tuple("Sportschool Fit", "beweegaanbod"));
        assertThat(read.goalIds()).containsExactly(goal);
        assertThat(networks.detail(created.id()).phases())
                .containsExactly(new PhaseChange(NetworkPhase.RECRUITING, LocalDate.of(2026, 3, 1)));
        assertThat(networks.ofPartner(gym)).extracting(PracticeNetwork::id).containsExactly(created.id());
    }

    @Test
    void keepsADatedPhaseHistoryThatMayGoBack() {
        PracticeNetwork n = networks.create(aNetwork().build(), LocalDate.of(2025, 1, 10));
        n = networks.changePhase(n.id(), n.version(), NetworkPhase.PARTICIPATING, LocalDate.of(2025, 9, 1));
        n = networks.changePhase(n.id(), n.version(), NetworkPhase.RECRUITING, LocalDate.of(2026, 6, 1));

        assertThat(n.phase()).isEqualTo(NetworkPhase.RECRUITING);
        assertThat(networks.detail(n.id()).phases()).extracting(PhaseChange::phase)
                .containsExactly(NetworkPhase.RECRUITING, NetworkPhase.PARTICIPATING, NetworkPhase.RECRUITING);
        long id = n.id();
        int version = n.version();
        assertRefused(() -> networks.changePhase(id, version, NetworkPhase.CHANGING, LocalDate.of(2026, 1, 1)))
                .onField("phaseSince", "error.network.phase-before")
                .saysInDutch("Fase sinds: ligt vóór de vorige fase")
                .saysInEnglish("Phase since: is before the previous phase");
    }

    @Test
    void addsAndRemovesMembersAndChangesARole() {
        PracticeNetwork n = networks.create(aNetwork().build());
        n = networks.addMember(n.id(), n.version(), gp, "lid");
        n = networks.addMember(n.id(), n.version(), gp, "coördinator");
        n = networks.addMember(n.id(), n.version(), gym, null);
        n = networks.removeMember(n.id(), n.version(), gym);

        assertThat(n.members()).extracting(NetworkMember::partnerId, NetworkMember::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(gp, "coördinator"));
    }

    @Test
    void refusesAnInvalidNetworkWithFieldErrorsInBothLanguages() {
        networks.create(aNetwork().named("GLI-keten").build());

        assertRefused(() -> networks.create(aNetwork().named("gli-KETEN").hoursPerQuarter(5000)
                .contract(null, LocalDate.of(2027, 1, 1)).withMember(999, "lid").build()))
                .onField("name", "error.network.duplicate-name")
                .onField("hoursPerQuarter", "error.network.hours")
                .onField("contract", "error.network.contract-needed")
                .onField("members", "error.partner.unknown")
                .saysInDutch("Naam: er is al een netwerk met de naam 'gli-KETEN'", "Uren per kwartaal: moet tussen 0 en 2000 uur liggen")
                .saysInEnglish("Name: there is already a network named 'gli-KETEN'",
                        "Contract that depends on the membership: name the contract");
        assertThat(db.rowCount("practice_network")).isEqualTo(1);
    }

    @Test
    void storesAReviewWithScoresReasonsFactorsTipsAndDecision() {
        PracticeNetwork n = networks.create(aNetwork().build());

        NetworkReview review = networks.review(aReview().of(n.id()).on(TODAY.minusDays(3)).allScored(3)
                .scored(MaturityDimension.STRONG_TIES, 1, " Weinig contact   tussen leden ")
                .factors(4, 5, 4, 1).following(NetworkTip.REFLECTION, NetworkTip.CLEAR_TASK)
                .deciding(ReviewDecision.INVEST, "Kerngroep vormen").build());

        List<NetworkReview> stored = networks.reviews(n.id());
        assertThat(stored).containsExactly(review);
        assertThat(review.score(MaturityDimension.STRONG_TIES)).isEqualTo(1);
        assertThat(review.reason(MaturityDimension.STRONG_TIES)).isEqualTo("Weinig contact tussen leden");
        assertThat(review.score(MaturityDimension.USEFUL_OUTPUT)).isEqualTo(3);
        assertThat(review.factors().participants()).isEqualTo(5);
        assertThat(review.tipsFollowed()).containsExactlyInAnyOrder(NetworkTip.REFLECTION, NetworkTip.CLEAR_TASK);
        assertThat(review.decision()).isEqualTo(ReviewDecision.INVEST);
        assertThat(db.rowCount("network_review_tip")).isEqualTo(9);
        assertThat(networks.overview()).singleElement().satisfies(row -> {
            assertThat(row.latestReview()).isEqualTo(review);
            assertThat(row.reviewCount()).isEqualTo(1);
        });
    }

    @Test
    void refusesAReviewWithAMissingOrOutOfRangeScore() {
        PracticeNetwork n = networks.create(aNetwork().build());

        assertRefused(() -> networks.review(aReview().of(n.id()).without(MaturityDimension.COMPELLING_GOAL)
                .scored(MaturityDimension.USEFUL_OUTPUT, 5, null).factors(0, 0, 2, 2).on(TODAY.plusDays(1)).build()))
                .onField("dimension.compelling-goal", "error.required")
                .onField("dimension.useful-output", "error.network.score")
                .onField("trust", "error.network.score")
                .onField("participants", "error.network.participants")
                .onField("reviewedOn", "error.date.future")
                .saysInDutch("Bruikbare opbrengst: moet van 1 tot en met 4 zijn", "Aansprekend doel: vul dit in")
                .saysInEnglish("Useful output: must be from 1 to 4", "Compelling goal: fill this in");
        assertThat(db.rowCount("network_review")).isZero();
    }

    @Test
    void aNetworkMeetingCountsForTheNetworkAndEachPartnerPresent() {
        PracticeNetwork n = networks.create(aNetwork().withMember(gp, "lid").withMember(gym, "lid").build());

        ContactMoment template = aMoment().with(gp).on(TODAY.minusDays(2)).about("Netwerkoverleg").build();
        List<ContactMoment> logged = networks.logMeeting(n.id(), template, Set.of(gp, gym));

        assertThat(logged).extracting(ContactMoment::partnerId).containsExactly(gp, gym);
        assertThat(networks.taggedMoments(n.id())).containsExactlyInAnyOrderElementsOf(
                logged.stream().map(ContactMoment::id).toList());
        assertThat(db.services().moments().timeline(gym)).hasSize(1);
        networks.untagMoment(n.id(), logged.getFirst().id());
        assertThat(networks.taggedMoments(n.id())).hasSize(1);
    }

    @Test
    void resolvesANetworkByNameOrNumber() {
        PracticeNetwork n = networks.create(aNetwork().named("ParkinsonNet").national().build());

        assertThat(networks.resolve(" parkinsonnet ", "network")).isEqualTo(n);
        assertThat(networks.resolve(String.valueOf(n.id()), "network")).isEqualTo(n);
        assertRefused(() -> networks.resolve("Chronisch ZorgNet", "network"))
                .onField("network", "error.network.unknown")
                .saysInDutch("Netwerk: geen netwerk gevonden voor 'Chronisch ZorgNet'");
    }

    @Test
    void deletingANetworkTakesItsReviewsAndPhasesAlong() {
        PracticeNetwork n = networks.create(aNetwork().withMember(gp, "lid").build());
        networks.review(aReview().of(n.id()).build());

        networks.delete(n.id());

        assertThat(db.rowCount("practice_network")).isZero();
        assertThat(db.rowCount("network_review_score")).isZero();
        assertThat(db.rowCount("practice_network_phase")).isZero();
        assertThat(db.rowCount("partner")).isEqualTo(2);
    }
}
