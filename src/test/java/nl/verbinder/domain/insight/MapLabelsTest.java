package nl.verbinder.domain.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.verbinder.domain.insight.MapLabels.Box;
import nl.verbinder.domain.insight.MapLabels.Candidate;
import nl.verbinder.domain.insight.MapLabels.Placed;
import org.junit.jupiter.api.Test;

/** The greedy label rule: most important first, a label that would overlap is left out or moved. */
class MapLabelsTest {

    @Test
    void aLabelThatHitsOneAlreadyPlacedIsSkipped() {
        List<Placed> placed = MapLabels.place(List.of(
                new Candidate(1, List.of(new Box(0, 0, 50, 10))),
                new Candidate(2, List.of(new Box(40, 5, 50, 10))),
                new Candidate(3, List.of(new Box(100, 0, 50, 10)))), List.of());

        assertThat(placed).extracting(Placed::id).containsExactly(1L, 3L);
    }

    @Test
    void aLabelTakesItsSecondPlaceWhenTheFirstIsTaken() {
        List<Placed> placed = MapLabels.place(List.of(
                new Candidate(1, List.of(new Box(0, 0, 50, 10))),
                new Candidate(2, List.of(new Box(10, 0, 50, 10), new Box(10, 20, 50, 10)))), List.of());

        assertThat(placed).containsExactly(new Placed(1, new Box(0, 0, 50, 10)), new Placed(2, new Box(10, 20, 50, 10)));
    }

    @Test
    void obstaclesAreKeptFree() {
        List<Placed> placed = MapLabels.place(List.of(new Candidate(1, List.of(new Box(0, 0, 50, 10)))),
                List.of(new Box(-400, -5, 1000, 8)));

        assertThat(placed).isEmpty();
    }

    @Test
    void touchingEdgesDoNotCountAsOverlap() {
        assertThat(new Box(0, 0, 10, 10).hits(new Box(10, 0, 10, 10))).isFalse();
        assertThat(new Box(0, 0, 10, 10).hits(new Box(9.5, 9.5, 10, 10))).isTrue();
    }

    @Test
    void noTwoPlacedLabelsOverlapAt500Partners() {
        NetworkMap map = NetworkLayout.layout(java.time.LocalDate.of(2026, 11, 23), "Fysio",
                NetworkLayoutTest.randomNetwork(500, 3), List.of(), List.of());
        double scale = 400;
        List<MapNode> order = new ArrayList<>(map.nodes());
        order.sort(MapLabels.IMPORTANCE);
        Random widths = new Random(5);
        List<Candidate> candidates = new ArrayList<>();
        for (MapNode n : order) {
            double x = n.x() * scale;
            double y = n.y() * scale;
            double r = n.radius() * scale;
            double w = 40 + widths.nextInt(120);
            candidates.add(new Candidate(n.partnerId(), List.of(new Box(x + r + 2, y - 6, w, 12),
                    new Box(x - r - 2 - w, y - 6, w, 12))));
        }

        List<Placed> placed = MapLabels.place(candidates, List.of(new Box(-60, -8, 120, 16)));

        assertThat(placed.size()).isBetween(20, 499);
        for (int i = 0; i < placed.size(); i++) {
            assertThat(placed.get(i).box().hits(new Box(-60, -8, 120, 16))).isFalse();
            for (int j = i + 1; j < placed.size(); j++) {
                assertThat(placed.get(i).box().hits(placed.get(j).box())).isFalse();
            }
        }
        assertThat(placed.getFirst().id()).as("the most important label is always written")
                .isEqualTo(order.getFirst().partnerId());
    }

    @Test
    void aLabelTakesTheFirstPlaceThatCrossesNoLineAndStaysWithinTheCanvas() {
        Box onTheLine = new Box(10, 0, 40, 10);
        Box offTheCanvas = new Box(-30, 20, 40, 10);
        Box free = new Box(10, 40, 40, 10);
        MapLabels.Segment line = new MapLabels.Segment(0, 5, 100, 5);

        List<Placed> placed = MapLabels.place(List.of(new Candidate(1, List.of(onTheLine, offTheCanvas, free))),
                List.of(), List.of(line), new Box(0, 0, 100, 100));

        assertThat(placed).extracting(Placed::box).containsExactly(free);
    }

    @Test
    void aSegmentHitsABoxItCrossesOrEndsInButNotOneItPasses() {
        Box box = new Box(10, 10, 10, 10);

        assertThat(new MapLabels.Segment(0, 0, 30, 30).hits(box)).as("diagonally through").isTrue();
        assertThat(new MapLabels.Segment(15, 15, 50, 50).hits(box)).as("starting inside").isTrue();
        assertThat(new MapLabels.Segment(0, 25, 30, 25).hits(box)).as("passing below").isFalse();
        assertThat(new MapLabels.Segment(0, 0, 8, 30).hits(box)).as("passing beside").isFalse();
    }

    @Test
    void importancePutsUrgentAndLargeFirst() {
        MapNode smallUrgent = node(1, MapState.URGENT, 0.01);
        MapNode largeFine = node(2, MapState.FINE, 0.05);
        MapNode largeUrgent = node(3, MapState.URGENT, 0.05);
        List<MapNode> nodes = new ArrayList<>(List.of(smallUrgent, largeFine, largeUrgent));

        nodes.sort(MapLabels.IMPORTANCE);

        assertThat(nodes).containsExactly(largeUrgent, smallUrgent, largeFine);
    }

    private static MapNode node(long id, MapState state, double radius) {
        return new MapNode(id, "P" + id, nl.verbinder.domain.Category.GP, nl.verbinder.domain.PartnerStatus.ACTIVE,
                null, null, state, 0.5, 0.5, radius, null, null, 0, List.of());
    }
}
