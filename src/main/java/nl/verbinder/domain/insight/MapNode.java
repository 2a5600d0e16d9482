package nl.verbinder.domain.insight;

import java.time.LocalDate;
import java.util.List;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.attention.Reason;

/**
 * One partner on the map, placed in unit space: the practice at (0, 0), y down, contacted
 * partners between {@link NetworkLayout#INNER} and {@link NetworkLayout#CONTACTED_OUTER}
 * from the centre, never-contacted partners on the outer ring at distance 1.
 *
 * @param daysSinceContact days from the last contact to the map's date, or {@code null} when never
 * @param reasons          why the partner needs attention (empty when {@link MapState#FINE})
 */
public record MapNode(
        long partnerId,
        String name,
        Category category,
        PartnerStatus status,
        Long ownerId,
        String ownerName,
        MapState state,
        double x,
        double y,
        double radius,
        LocalDate lastContact,
        Integer daysSinceContact,
        int momentsLastYear,
        List<Reason> reasons) {

    public MapNode {
        reasons = List.copyOf(reasons);
    }

    /** Distance from the centre. */
    public double distance() {
        return Math.hypot(x, y);
    }

    /** Angle in radians, screen orientation, in (-π, π]. */
    public double angle() {
        return Math.atan2(y, x);
    }

    /** Whether the point (unit space) lies on this node's circle, give or take {@code slack}. */
    public boolean covers(double px, double py, double slack) {
        return Math.hypot(px - x, py - y) <= radius + slack;
    }
}
