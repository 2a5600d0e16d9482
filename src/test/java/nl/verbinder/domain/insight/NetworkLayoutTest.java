package nl.verbinder.domain.insight;

import static nl.verbinder.testutil.PartnerFactsBuilder.facts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.attention.AttentionItem;
import nl.verbinder.domain.attention.AttentionRules;
import nl.verbinder.domain.attention.AttentionSettings;
import nl.verbinder.domain.attention.PartnerFacts;
import nl.verbinder.domain.attention.ReasonCode;
import nl.verbinder.domain.attention.Snooze;
import org.junit.jupiter.api.Test;

/** The map's layout rules on small hand-made networks, and at 500 partners. */
class NetworkLayoutTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static MapPartner partner(long id, Category category, Integer daysAgo, int momentsLastYear) {
        return new MapPartner(id, "Partner " + id, category, PartnerStatus.ACTIVE, null, null,
                daysAgo == null ? null : TODAY.minusDays(daysAgo), momentsLastYear);
    }

    private static NetworkMap layout(List<MapPartner> partners) {
        return NetworkLayout.layout(TODAY, "Fysio Centrum", partners, List.of(), List.of());
    }

    private static MapSector sector(NetworkMap map, Category category) {
        return map.sectors().stream().filter(s -> s.category() == category).findFirst().orElseThrow();
    }

    private static MapNode node(NetworkMap map, long id) {
        return map.node(id).orElseThrow();
    }

    @Test
    void sectorsOnlyForCategoriesPresentInEnumOrderCoveringTheCircle() {
        NetworkMap map = layout(List.of(partner(1, Category.SCHOOL, 10, 1), partner(2, Category.GP, 10, 1),
                partner(3, Category.GP, 20, 1), partner(4, Category.GP, 30, 1)));

        assertThat(map.sectors()).extracting(MapSector::category).containsExactly(Category.GP, Category.SCHOOL);
        assertThat(map.sectors().getFirst().startAngle()).isEqualTo(-Math.PI / 2);
        assertThat(map.sectors().getLast().endAngle()).isCloseTo(3 * Math.PI / 2, offset(1e-9));
        assertThat(sector(map, Category.GP).count()).isEqualTo(3);
        double gp = sector(map, Category.GP).endAngle() - sector(map, Category.GP).startAngle();
        double school = sector(map, Category.SCHOOL).endAngle() - sector(map, Category.SCHOOL).startAngle();
        assertThat(gp / school).as("angle share by count").isCloseTo(3.0, offset(1e-9));
    }

    @Test
    void aSmallCategoryGetsAtLeastTheMinimumShare() {
        List<MapPartner> partners = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            partners.add(partner(i, Category.GP, i, 1));
        }
        partners.add(partner(999, Category.HOSPITAL, 5, 1));

        MapSector hospital = sector(layout(partners), Category.HOSPITAL);

        double share = (hospital.endAngle() - hospital.startAngle()) / (2 * Math.PI);
        assertThat(share).isGreaterThan(0.9 * NetworkLayout.MIN_SECTOR_SHARE);
    }

    @Test
    void eachNodesAngleFallsInsideItsCategorysSector() {
        List<MapPartner> partners = new ArrayList<>();
        Category[] categories = {Category.GP, Category.MIDWIFE, Category.GYM, Category.SCHOOL, Category.OTHER};
        for (int i = 1; i <= 40; i++) {
            partners.add(partner(i, categories[i % categories.length], i * 9, i % 7));
        }

        NetworkMap map = layout(partners);

        for (MapNode n : map.nodes()) {
            assertThat(sector(map, n.category()).contains(n.angle())).as(n.name()).isTrue();
        }
    }

    @Test
    void distanceGrowsWithDaysSinceContactAndNeverContactedIsOutermost() {
        NetworkMap map = layout(List.of(partner(1, Category.GP, 3, 2), partner(2, Category.GP, 40, 2),
                partner(3, Category.GP, 200, 2), partner(4, Category.GP, 900, 2), partner(5, Category.GP, null, 0),
                partner(6, Category.GP, 0, 2)));

        assertThat(List.of(6L, 1L, 2L, 3L, 4L, 5L)).extracting(id -> node(map, id).distance()).isSorted();
        assertThat(node(map, 6).distance()).isCloseTo(NetworkLayout.INNER, offset(1e-9));
        assertThat(node(map, 5).distance()).isCloseTo(NetworkLayout.NEVER_CONTACTED,
                offset(1e-9));
        assertThat(node(map, 3).distance()).isLessThan(node(map, 4).distance());
        assertThat(node(map, 5).daysSinceContact()).isNull();
        assertThat(node(map, 2).daysSinceContact()).isEqualTo(40);
    }

    @Test
    void theDistanceScaleIsMonotoneAndCapped() {
        double previous = 0;
        for (int days = 0; days <= NetworkLayout.SILENCE_CAP_DAYS; days++) {
            double d = NetworkLayout.distance(days);
            assertThat(d).isGreaterThan(previous);
            previous = d;
        }
        assertThat(NetworkLayout.distance(5000)).isCloseTo(NetworkLayout.CONTACTED_OUTER, offset(1e-12));
        assertThat(NetworkLayout.distance(null)).isGreaterThan(NetworkLayout.distance(5000));
    }

    @Test
    void radiusGrowsWithMomentsInTheLastYearUpToTheCap() {
        NetworkMap map = layout(List.of(partner(1, Category.GP, 10, 0), partner(2, Category.GP, 10, 3),
                partner(3, Category.GYM, 10, 12), partner(4, Category.GYM, 10, 24), partner(5, Category.GP, 10, 80)));

        assertThat(List.of(1L, 2L, 3L, 4L)).extracting(id -> node(map, id).radius()).isSorted()
                .doesNotHaveDuplicates();
        assertThat(node(map, 5).radius()).isEqualTo(node(map, 4).radius());
        assertThat(node(map, 1).radius()).isGreaterThan(0);
    }

    @Test
    void stateFollowsTheAttentionEngine() {
        AttentionRules rules = new AttentionRules(AttentionSettings.defaults());
        PartnerFacts fine = facts().id(1).lastContact(TODAY.minusDays(5)).build();
        PartnerFacts overdue = facts().id(2).lastContact(TODAY.minusDays(100)).build();
        PartnerFacts longOverdue = facts().id(3).lastContact(TODAY.minusDays(300)).build();
        PartnerFacts promise = facts().id(4).lastContact(TODAY.minusDays(5))
                .openFollowUp("Folder sturen", TODAY.minusDays(2)).build();
        List<AttentionItem> items = new ArrayList<>();
        for (PartnerFacts f : List.of(fine, overdue, longOverdue, promise)) {
            rules.evaluate(f, TODAY).ifPresent(items::add);
        }
        List<MapPartner> partners = List.of(partner(1, Category.GP, 5, 3), partner(2, Category.GP, 100, 1),
                partner(3, Category.GP, 300, 1), partner(4, Category.GP, 5, 3));

        NetworkMap map = NetworkLayout.layout(TODAY, "Fysio", partners, items, List.of());

        assertThat(node(map, 1).state()).isEqualTo(MapState.FINE);
        assertThat(node(map, 1).reasons()).isEmpty();
        assertThat(node(map, 2).state()).isEqualTo(MapState.ATTENTION);
        assertThat(node(map, 2).reasons()).extracting(r -> r.code()).containsExactly(ReasonCode.OVERDUE);
        assertThat(node(map, 3).state()).isEqualTo(MapState.URGENT);
        assertThat(node(map, 4).state()).as("an overdue follow-up is urgent").isEqualTo(MapState.URGENT);
        assertThat(map.countsByState()).isEqualTo(Map.of(MapState.FINE, 1, MapState.ATTENTION, 1, MapState.URGENT, 2));
    }

    @Test
    void aSnoozedItemIsAttentionNeverUrgent() {
        AttentionRules rules = new AttentionRules(AttentionSettings.defaults());
        AttentionItem item = rules.evaluate(facts().id(3).lastContact(TODAY.minusDays(300)).build(), TODAY)
                .orElseThrow();
        assertThat(MapState.of(item, TODAY)).isEqualTo(MapState.URGENT);
        Snooze snooze = new Snooze(3, TODAY.plusDays(10), "na de zomer", Set.of(ReasonCode.OVERDUE), TODAY);
        AttentionItem snoozed = new AttentionItem(item.partnerId(), item.partnerName(), item.category(),
                item.status(), item.trust(), item.ownerId(), item.ownerName(), item.lastContact(),
                item.daysSinceContact(), item.rhythmDays(), item.reasons(), item.urgency(), snooze);

        assertThat(MapState.of(snoozed, TODAY)).isEqualTo(MapState.ATTENTION);
        assertThat(MapState.of(snoozed, TODAY.plusDays(11))).as("the snooze has run out").isEqualTo(MapState.URGENT);
    }

    @Test
    void theSameDataGivesTheSamePictureWhateverTheInputOrder() {
        List<MapPartner> partners = randomNetwork(120, 7);
        List<MapGoal> goals = List.of(new MapGoal(1, "Valpreventie", List.of(3L, 9L, 27L)));
        NetworkMap first = NetworkLayout.layout(TODAY, "Fysio", partners, List.of(), goals);
        List<MapPartner> shuffled = new ArrayList<>(partners);
        java.util.Collections.shuffle(shuffled, new Random(1));

        NetworkMap second = NetworkLayout.layout(TODAY, "Fysio", shuffled, List.of(), goals);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void aPartnerKeepsItsPlaceWhenAnUnrelatedPartnerIsAdded() {
        List<MapPartner> partners = List.of(partner(1, Category.GP, 10, 2), partner(2, Category.GP, 300, 2));
        MapNode before = node(layout(partners), 2);
        List<MapPartner> more = new ArrayList<>(partners);
        more.add(partner(3, Category.SCHOOL, 50, 2));

        MapNode after = node(layout(more), 2);

        assertThat(after.distance()).isCloseTo(before.distance(), offset(1e-9));
    }

    @Test
    void noTwoNodesOverlapAt500Partners() {
        NetworkMap map = layout(randomNetwork(500, 42));

        assertThat(map.nodes()).hasSize(500);
        assertNoOverlap(map);
        for (MapNode n : map.nodes()) {
            assertThat(sector(map, n.category()).contains(n.angle())).isTrue();
        }
    }

    @Test
    void noTwoNodesOverlapWhenHundredsWereNeverContacted() {
        List<MapPartner> partners = new ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            partners.add(partner(i, i % 3 == 0 ? Category.GP : Category.SCHOOL, null, 0));
        }

        NetworkMap map = layout(partners);

        assertNoOverlap(map);
        assertThat(map.nodes()).allSatisfy(n -> assertThat(n.distance()).isGreaterThanOrEqualTo(0.999));
    }

    @Test
    void aCrowdedMonthShrinksTheCirclesAndPushesOutwardOnlyALittle() {
        List<MapPartner> partners = new ArrayList<>();
        Random random = new Random(9);
        for (int i = 1; i <= 2000; i++) {
            partners.add(partner(i, i % 4 == 0 ? Category.GP : Category.SPORTS_CLUB, random.nextInt(30),
                    random.nextInt(30)));
        }

        NetworkMap map = layout(partners);

        assertNoOverlap(map);
        for (MapNode n : map.nodes()) {
            assertThat(n.distance() - NetworkLayout.distance(n.daysSinceContact())).as(n.name())
                    .isBetween(-1e-9, 0.05);
            assertThat(sector(map, n.category()).contains(n.angle())).isTrue();
        }
    }

    @Test
    void sharedGoalsLinkThePartnersOnTheMap() {
        List<MapPartner> partners = List.of(partner(1, Category.GP, 10, 2), partner(2, Category.GYM, 10, 2),
                partner(3, Category.SCHOOL, 10, 2));
        List<MapGoal> goals = List.of(new MapGoal(7, "Bewegen op school", List.of(1L, 2L, 3L)),
                new MapGoal(8, "Alleen", List.of(1L)), new MapGoal(9, "Met een onbekende", List.of(2L, 99L)));

        NetworkMap map = NetworkLayout.layout(TODAY, "Fysio", partners, List.of(), goals);

        assertThat(map.links()).hasSize(3).allSatisfy(l -> assertThat(l.goalId()).isEqualTo(7));
        Set<Set<Long>> pairs = map.links().stream().map(l -> Set.of(l.fromPartnerId(), l.toPartnerId()))
                .collect(Collectors.toSet());
        assertThat(pairs).containsExactlyInAnyOrder(Set.of(1L, 2L), Set.of(1L, 3L), Set.of(2L, 3L));
    }

    @Test
    void aLargeGoalIsARingNotEveryPair() {
        List<MapPartner> partners = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (long i = 1; i <= 10; i++) {
            partners.add(partner(i, Category.GP, 10, 2));
            ids.add(i);
        }

        NetworkMap map = NetworkLayout.layout(TODAY, "Fysio", partners, List.of(), List.of(new MapGoal(1, "G", ids)));

        assertThat(map.links()).hasSize(10);
    }

    @Test
    void anEmptyPracticeHasAnEmptyMap() {
        NetworkMap map = layout(List.of());

        assertThat(map.isEmpty()).isTrue();
        assertThat(map.sectors()).isEmpty();
        assertThat(map.extent()).isEqualTo(1.0);
    }

    @Test
    void nodeAtFindsTheCircleUnderThePoint() {
        NetworkMap map = layout(List.of(partner(1, Category.GP, 10, 2), partner(2, Category.SCHOOL, 100, 2)));
        MapNode two = node(map, 2);

        assertThat(map.nodeAt(two.x(), two.y(), 0)).contains(two);
        assertThat(map.nodeAt(0, 0, 0)).isEmpty();
    }

    static List<MapPartner> randomNetwork(int size, long seed) {
        Random random = new Random(seed);
        Category[] categories = Category.values();
        List<MapPartner> partners = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            Category category = categories[Math.min(categories.length - 1,
                    (int) Math.abs(random.nextGaussian() * 4))];
            Integer days = random.nextInt(10) == 0 ? null : random.nextInt(800);
            partners.add(partner(i, category, days, days == null ? 0 : random.nextInt(30)));
        }
        return partners;
    }

    static void assertNoOverlap(NetworkMap map) {
        List<MapNode> nodes = map.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                MapNode a = nodes.get(i);
                MapNode b = nodes.get(j);
                assertThat(Math.hypot(a.x() - b.x(), a.y() - b.y()))
                        .as("%s and %s", a.name(), b.name())
                        .isGreaterThanOrEqualTo(a.radius() + b.radius());
            }
        }
    }
}
