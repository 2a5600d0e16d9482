package nl.verbinder.service.insight;

import static nl.verbinder.testutil.ContactMomentBuilder.aMoment;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static nl.verbinder.testutil.SharedGoalBuilder.aGoal;
import static nl.verbinder.testutil.TestDatabase.TODAY;
import static nl.verbinder.testutil.TherapistBuilder.aTherapist;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.GoalStatus;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.PracticeProfile;
import nl.verbinder.domain.insight.MapNode;
import nl.verbinder.domain.insight.MapState;
import nl.verbinder.domain.insight.NetworkFilter;
import nl.verbinder.domain.insight.NetworkMap;
import nl.verbinder.service.Services;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network map over a real SQLite file: the past as it was, filters, attention, goals. */
class NetworkServiceTest {

    private static final LocalDate LAST_YEAR = TODAY.minusYears(1);

    @TempDir
    Path folder;

    private TestDatabase db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    /** Opens the database with the clock at {@code day}, so what is created now is created on that day. */
    private Services openOn(LocalDate day) {
        if (db != null) {
            db.close();
        }
        db = TestDatabase.in(folder, TestDatabase.fixedClock(day));
        return db.services();
    }

    private static MapNode node(NetworkMap map, Partner partner) {
        return map.node(partner.id()).orElseThrow();
    }

    @Test
    void aPastDateLeavesOutLaterPartnersAndLaterMoments() {
        Services then = openOn(LAST_YEAR);
        Partner gp = then.partners().create(aPartner().named("Huisarts Oost").inCategory(Category.GP).build());
        then.moments().log(aMoment().with(gp.id()).on(LAST_YEAR.minusDays(20)).build());
        Services now = openOn(TODAY);
        Partner gym = now.partners().create(aPartner().named("Sportschool Fit").inCategory(Category.GYM).build());
        now.moments().log(aMoment().with(gp.id()).on(TODAY.minusDays(3)).build());
        now.moments().log(aMoment().with(gp.id()).on(TODAY.minusDays(100)).build());

        NetworkMap past = now.network().map(LAST_YEAR, NetworkFilter.all());
        NetworkMap today = now.network().map(TODAY, NetworkFilter.all());

        assertThat(past.asOf()).isEqualTo(LAST_YEAR);
        assertThat(past.nodes()).extracting(MapNode::name).containsExactly("Huisarts Oost");
        assertThat(node(past, gp).lastContact()).isEqualTo(LAST_YEAR.minusDays(20));
        assertThat(node(past, gp).momentsLastYear()).isEqualTo(1);
        assertThat(node(past, gp).daysSinceContact()).isEqualTo(20);
        assertThat(today.nodes()).extracting(MapNode::name).containsExactlyInAnyOrder("Huisarts Oost", "Sportschool Fit");
        assertThat(node(today, gp).lastContact()).isEqualTo(TODAY.minusDays(3));
        assertThat(node(today, gp).momentsLastYear()).as("the moment of a year and 20 days ago is out").isEqualTo(2);
        assertThat(node(today, gym).lastContact()).isNull();
        assertThat(node(today, gym).distance()).isGreaterThan(node(today, gp).distance());
    }

    @Test
    void attentionIsComputedAsOfTheMapsDate() {
        Services then = openOn(LAST_YEAR.minusDays(30));
        Partner gp = then.partners().create(aPartner().named("Huisarts Oost").inCategory(Category.GP).build());
        then.moments().log(aMoment().with(gp.id()).on(LAST_YEAR.minusDays(30)).build());
        Services now = openOn(TODAY);
        now.moments().log(aMoment().with(gp.id()).on(TODAY.minusDays(5)).build());

        assertThat(node(now.network().map(LAST_YEAR, NetworkFilter.all()), gp).state()).isEqualTo(MapState.FINE);
        assertThat(node(now.network().map(LAST_YEAR.plusDays(100), NetworkFilter.all()), gp).state())
                .as("130 days without contact then, rhythm 90").isEqualTo(MapState.ATTENTION);
        assertThat(node(now.network().map(LAST_YEAR.plusDays(100), NetworkFilter.all()), gp).reasons()).isNotEmpty();
        assertThat(node(now.network().map(TODAY, NetworkFilter.all()), gp).state()).isEqualTo(MapState.FINE);
    }

    @Test
    void filtersOnCategoryOwnerAndStatusAndEndedOnlyWhenAskedFor() {
        Services services = openOn(TODAY);
        long anna = services.therapists().add(aTherapist().named("Anna de Vries").build()).id();
        Partner gp = services.partners().create(aPartner().named("Huisarts Oost").inCategory(Category.GP)
                .ownedBy(anna).build());
        Partner school = services.partners().create(aPartner().named("Basisschool De Regenboog")
                .inCategory(Category.SCHOOL).withStatus(PartnerStatus.PROSPECT).build());
        Partner ended = services.partners().create(aPartner().named("Oude Sportclub").inCategory(Category.SPORTS_CLUB)
                .withStatus(PartnerStatus.ENDED).build());

        assertThat(services.network().map(TODAY, NetworkFilter.all()).nodes()).extracting(MapNode::partnerId)
                .containsExactlyInAnyOrder(gp.id(), school.id());
        assertThat(services.network().map(TODAY, NetworkFilter.all().withCategory(Category.SCHOOL)).nodes())
                .extracting(MapNode::partnerId).containsExactly(school.id());
        NetworkMap annas = services.network().map(TODAY, NetworkFilter.all().withOwner(anna));
        assertThat(annas.nodes()).extracting(MapNode::partnerId).containsExactly(gp.id());
        assertThat(annas.nodes().getFirst().ownerName()).isEqualTo("Anna de Vries");
        assertThat(annas.sectors()).extracting(s -> s.category()).containsExactly(Category.GP);
        assertThat(services.network().map(TODAY, NetworkFilter.all().withStatus(PartnerStatus.PROSPECT)).nodes())
                .extracting(MapNode::partnerId).containsExactly(school.id());
        assertThat(services.network().map(TODAY, NetworkFilter.all().withStatus(PartnerStatus.ENDED)).nodes())
                .extracting(MapNode::partnerId).containsExactly(ended.id());
    }

    @Test
    void partnersInTheTrashAreNotOnTheMap() {
        Services services = openOn(TODAY);
        Partner gp = services.partners().create(aPartner().named("Huisarts Oost").build());
        services.partners().moveToTrash(gp.id());

        assertThat(services.network().map(TODAY, NetworkFilter.all()).isEmpty()).isTrue();
    }

    @Test
    void sharedGoalsBecomeLinksAndStoppedOrLaterGoalsDoNot() {
        Services then = openOn(LAST_YEAR);
        long gp = then.partners().create(aPartner().named("Huisarts Oost").inCategory(Category.GP).build()).id();
        long gym = then.partners().create(aPartner().named("Sportschool Fit").inCategory(Category.GYM).build()).id();
        long pool = then.partners().create(aPartner().named("Zwembad De Wel").inCategory(Category.SWIMMING_POOL)
                .build()).id();
        then.goals().create(aGoal().titled("Valpreventie").withStatus(GoalStatus.ACTIVE).withPartners(gp, gym).build());
        then.goals().create(aGoal().titled("Gestopt").withStatus(GoalStatus.STOPPED).withPartners(gp, pool).build());
        Services now = openOn(TODAY);
        now.goals().create(aGoal().titled("Nieuw").withStatus(GoalStatus.IDEA).withPartners(gym, pool).build());

        NetworkMap past = now.network().map(LAST_YEAR, NetworkFilter.all());
        NetworkMap today = now.network().map(TODAY, NetworkFilter.all());

        assertThat(past.links()).extracting(l -> l.goalTitle()).containsExactly("Valpreventie");
        assertThat(today.links()).extracting(l -> l.goalTitle()).containsExactly("Valpreventie", "Nieuw");
        assertThat(now.network().map(TODAY, NetworkFilter.all().withCategory(Category.GP)).links())
                .as("a link needs both partners on the map").isEmpty();
    }

    @Test
    void thePracticesNameIsAtTheCentre() {
        Services services = openOn(TODAY);
        services.practice().save(new PracticeProfile("Fysiotherapie De Brug", null, null, null, null, null, null,
                null, null, services.practice().get().version()));

        NetworkMap map = services.network().map(NetworkFilter.all());

        assertThat(map.practiceName()).isEqualTo("Fysiotherapie De Brug");
        assertThat(map.asOf()).isEqualTo(TODAY);
        assertThat(map.isEmpty()).isTrue();
    }
}
