package nl.verbinder.domain.insight;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The network as a picture, as of a date: the practice at the centre, sectors by category,
 * partners as circles, shared goals as links. Coordinates are in unit space (see
 * {@link MapNode}); a view scales them to pixels.
 */
public record NetworkMap(LocalDate asOf, String practiceName, List<MapSector> sectors, List<MapNode> nodes,
                         List<MapLink> links) {

    public NetworkMap {
        sectors = List.copyOf(sectors);
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    public Optional<MapNode> node(long partnerId) {
        return nodes.stream().filter(n -> n.partnerId() == partnerId).findFirst();
    }

    /** The node under the point (unit space), the smallest if several cover it; {@code slack} widens small circles. */
    public Optional<MapNode> nodeAt(double x, double y, double slack) {
        MapNode best = null;
        for (MapNode n : nodes) {
            if (n.covers(x, y, slack) && (best == null || n.radius() < best.radius())) {
                best = n;
            }
        }
        return Optional.ofNullable(best);
    }

    /** How far from the centre the picture reaches: at least 1 (the outer ring). */
    public double extent() {
        double extent = 1;
        for (MapNode n : nodes) {
            extent = Math.max(extent, n.distance() + n.radius());
        }
        return extent;
    }

    /** How many partners are in each state. */
    public Map<MapState, Integer> countsByState() {
        Map<MapState, Integer> counts = new EnumMap<>(MapState.class);
        for (MapState s : MapState.values()) {
            counts.put(s, 0);
        }
        nodes.forEach(n -> counts.merge(n.state(), 1, Integer::sum));
        return counts;
    }
}
