package nl.verbinder.domain.insight;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.attention.AttentionItem;
import nl.verbinder.domain.attention.Reason;

/**
 * Lays the network out; pure, so the same facts give the same picture.
 *
 * <ul>
 *   <li><b>Sectors</b>: one wedge per category that has partners, in the order of
 *       {@link Category}, clockwise from the top; a wedge's share of the circle is its share
 *       of the partners, but at least {@link #MIN_SECTOR_SHARE} (then all are scaled to fill
 *       the circle), so a category with one partner stays visible.</li>
 *   <li><b>Distance</b> from the centre grows with the days since the last contact, on a
 *       square-root scale capped at {@link #SILENCE_CAP_DAYS}: from {@link #INNER} (contact
 *       today) to {@link #CONTACTED_OUTER} (two years or more); a partner never contacted sits
 *       on the outer ring at 1. The square root gives the recent months, where the practice
 *       acts, more room than the distant past.</li>
 *   <li><b>Size</b>: the radius grows with the square root of the moments in the last twelve
 *       months, capped at {@link #MOMENTS_CAP}, from 40% to 100% of the map's node size. The
 *       node size shrinks as the map fills, so the circles cover about a quarter of the ring
 *       between {@link #INNER} and 1, and never exceeds {@link #MAX_RADIUS}.</li>
 *   <li><b>No overlap</b>: within its wedge a partner starts at an angle derived from its id
 *       (stable when other partners come and go) and, when that spot is taken, tries angles
 *       left and right of it in steps of half its size; only when its whole arc is full it
 *       moves a little outward. Partners are placed nearest first, so crowding can only push
 *       a partner outward, by as little as needed.</li>
 *   <li><b>Links</b>: a goal with up to {@link #ALL_PAIRS_UP_TO} partners on the map links
 *       every pair of them; a larger goal links them in a ring in the order of their angle, so
 *       the picture stays readable.</li>
 * </ul>
 */
public final class NetworkLayout {

    /** Distance of a partner contacted on the map's date; the practice's name fits inside. */
    public static final double INNER = 0.2;
    /** Distance of a partner last contacted {@link #SILENCE_CAP_DAYS} or more days ago. */
    public static final double CONTACTED_OUTER = 0.88;
    /** Distance of a partner never contacted: the outer ring. */
    public static final double NEVER_CONTACTED = 1.0;
    public static final int SILENCE_CAP_DAYS = 730;
    public static final int MOMENTS_CAP = 24;
    public static final double MIN_SECTOR_SHARE = 0.04;
    public static final double MAX_RADIUS = 0.05;
    static final int ALL_PAIRS_UP_TO = 4;
    /** The share of the ring between {@link #INNER} and 1 the circles may cover together. */
    static final double FILL = 0.25;
    static final double SMALLEST_SIZE = 0.4;
    /** The space kept between two circles, as a share of the node size. */
    static final double GAP = 0.15;
    /** Beyond this distance a partner is placed even if it overlaps (never reached at the fill above). */
    static final double GIVE_UP_DISTANCE = 4.0;

    private NetworkLayout() {
    }

    /**
     * The map of these partners as of {@code asOf}.
     *
     * @param attention the attention engine's items as of {@code asOf}, visible and snoozed;
     *                  partners without an item are fine
     * @param goals     shared goals; partners not on the map are left out of their links
     */
    public static NetworkMap layout(LocalDate asOf, String practiceName, List<MapPartner> partners,
                                    List<AttentionItem> attention, List<MapGoal> goals) {
        List<MapPartner> sorted = new ArrayList<>(partners);
        sorted.sort(Comparator.comparingLong(MapPartner::partnerId));
        Map<Long, AttentionItem> items = new HashMap<>();
        attention.forEach(i -> items.put(i.partnerId(), i));
        List<MapSector> sectors = sectors(sorted);
        double size = nodeSize(sorted);
        Placer placer = new Placer(size);
        Map<Category, MapSector> byCategory = new EnumMap<>(Category.class);
        sectors.forEach(s -> byCategory.put(s.category(), s));

        record Pending(MapPartner partner, Integer days, double distance, double radius) {
        }
        List<Pending> pending = new ArrayList<>(sorted.size());
        for (MapPartner p : sorted) {
            Integer days = daysSince(p.lastContact(), asOf);
            pending.add(new Pending(p, days, distance(days), size * sizeFactor(p.momentsLastYear())));
        }
        pending.sort(Comparator.comparingDouble(Pending::distance)
                .thenComparing(Comparator.comparingDouble(Pending::radius).reversed())
                .thenComparingLong(q -> q.partner().partnerId()));
        Map<Long, MapNode> nodes = new LinkedHashMap<>();
        for (Pending q : pending) {
            MapPartner p = q.partner();
            double[] xy = placer.place(byCategory.get(p.category()), p.partnerId(), q.distance(), q.radius());
            AttentionItem item = items.get(p.partnerId());
            List<Reason> reasons = item == null ? List.of() : item.reasons();
            nodes.put(p.partnerId(), new MapNode(p.partnerId(), p.name(), p.category(), p.status(), p.ownerId(),
                    p.ownerName(), MapState.of(item, asOf), xy[0], xy[1], q.radius(), p.lastContact(), q.days(),
                    p.momentsLastYear(), reasons));
        }
        List<MapNode> inIdOrder = new ArrayList<>(nodes.values());
        inIdOrder.sort(Comparator.comparingLong(MapNode::partnerId));
        return new NetworkMap(asOf, practiceName, sectors, inIdOrder, links(goals, nodes, sectors));
    }

    /** Days from the last contact to {@code asOf}; {@code null} when never (a contact after asOf counts as today). */
    public static Integer daysSince(LocalDate lastContact, LocalDate asOf) {
        if (lastContact == null) {
            return null;
        }
        return (int) Math.max(0, DAYS.between(lastContact, asOf));
    }

    /** The distance from the centre for a partner last contacted {@code days} ago ({@code null}: never). */
    public static double distance(Integer days) {
        if (days == null) {
            return NEVER_CONTACTED;
        }
        double share = Math.sqrt(Math.min(days, SILENCE_CAP_DAYS) / (double) SILENCE_CAP_DAYS);
        return INNER + (CONTACTED_OUTER - INNER) * share;
    }

    /** The radius as a share of the node size, for this many moments in the last twelve months. */
    public static double sizeFactor(int momentsLastYear) {
        double share = Math.sqrt(Math.min(Math.max(momentsLastYear, 0), MOMENTS_CAP) / (double) MOMENTS_CAP);
        return SMALLEST_SIZE + (1 - SMALLEST_SIZE) * share;
    }

    /** The radius of the largest circle: the circles cover {@link #FILL} of the ring, at most {@link #MAX_RADIUS}. */
    static double nodeSize(List<MapPartner> partners) {
        double squares = 0;
        for (MapPartner p : partners) {
            double f = sizeFactor(p.momentsLastYear());
            squares += f * f;
        }
        if (squares == 0) {
            return MAX_RADIUS;
        }
        double ring = Math.PI * (1 - INNER * INNER);
        return Math.min(MAX_RADIUS, Math.sqrt(FILL * ring / (Math.PI * squares)));
    }

    static List<MapSector> sectors(List<MapPartner> partners) {
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        partners.forEach(p -> counts.merge(p.category(), 1, Integer::sum));
        if (counts.isEmpty()) {
            return List.of();
        }
        int total = partners.size();
        Map<Category, Double> shares = new EnumMap<>(Category.class);
        double sum = 0;
        for (Map.Entry<Category, Integer> e : counts.entrySet()) {
            double share = Math.max(MIN_SECTOR_SHARE, e.getValue() / (double) total);
            shares.put(e.getKey(), share);
            sum += share;
        }
        List<MapSector> sectors = new ArrayList<>();
        double start = -Math.PI / 2;
        for (Map.Entry<Category, Double> e : shares.entrySet()) {
            double end = start + 2 * Math.PI * e.getValue() / sum;
            sectors.add(new MapSector(e.getKey(), start, end, counts.get(e.getKey())));
            start = end;
        }
        return List.copyOf(sectors);
    }

    private static List<MapLink> links(List<MapGoal> goals, Map<Long, MapNode> nodes, List<MapSector> sectors) {
        double top = sectors.isEmpty() ? -Math.PI / 2 : sectors.getFirst().startAngle();
        List<MapGoal> byId = new ArrayList<>(goals);
        byId.sort(Comparator.comparingLong(MapGoal::goalId));
        List<MapLink> links = new ArrayList<>();
        for (MapGoal goal : byId) {
            List<MapNode> members = goal.partnerIds().stream().distinct().map(nodes::get)
                    .filter(n -> n != null).sorted(Comparator.comparingDouble((MapNode n) -> turn(n.angle() - top))
                            .thenComparingLong(MapNode::partnerId))
                    .toList();
            int k = members.size();
            if (k < 2) {
                continue;
            }
            if (k <= ALL_PAIRS_UP_TO) {
                for (int i = 0; i < k; i++) {
                    for (int j = i + 1; j < k; j++) {
                        links.add(new MapLink(goal.goalId(), goal.title(), members.get(i).partnerId(),
                                members.get(j).partnerId()));
                    }
                }
            } else {
                for (int i = 0; i < k; i++) {
                    links.add(new MapLink(goal.goalId(), goal.title(), members.get(i).partnerId(),
                            members.get((i + 1) % k).partnerId()));
                }
            }
        }
        return links;
    }

    private static double turn(double angle) {
        double t = 2 * Math.PI;
        return ((angle % t) + t) % t;
    }

    /** A partner's starting point in its wedge, in [0, 1): derived from its id only. */
    static double spot(long id) {
        long z = id + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }

    /** Places circles without overlap, looking up neighbours in a grid. */
    private static final class Placer {
        private final double gap;
        private final double cell;
        private final Map<Long, List<double[]>> grid = new HashMap<>();

        Placer(double size) {
            this.gap = GAP * size;
            this.cell = 2 * size + gap;
        }

        double[] place(MapSector sector, long id, double targetDistance, double radius) {
            double span = sector.endAngle() - sector.startAngle();
            double from = spot(id);
            for (double d = targetDistance; d <= GIVE_UP_DISTANCE; d += 0.75 * radius) {
                double margin = Math.min(Math.asin(Math.min(1, (radius + gap) / d)), span / 2 * 0.999);
                double low = sector.startAngle() + margin;
                double high = sector.endAngle() - margin;
                double first = low + from * (high - low);
                double step = Math.max(radius / d, 1e-4);
                for (int j = 0; ; j++) {
                    double offset = ((j + 1) / 2) * step * (j % 2 == 1 ? 1 : -1);
                    double angle = first + offset;
                    if (Math.abs(offset) > (high - low) + step) {
                        break;
                    }
                    if (angle < low || angle > high) {
                        continue;
                    }
                    double x = d * Math.cos(angle);
                    double y = d * Math.sin(angle);
                    if (free(x, y, radius)) {
                        return add(x, y, radius);
                    }
                }
            }
            double angle = sector.startAngle() + from * span;
            return add(GIVE_UP_DISTANCE * Math.cos(angle), GIVE_UP_DISTANCE * Math.sin(angle), radius);
        }

        private boolean free(double x, double y, double radius) {
            long cx = (long) Math.floor(x / cell);
            long cy = (long) Math.floor(y / cell);
            for (long i = cx - 1; i <= cx + 1; i++) {
                for (long j = cy - 1; j <= cy + 1; j++) {
                    List<double[]> here = grid.get(key(i, j));
                    if (here == null) {
                        continue;
                    }
                    for (double[] c : here) {
                        double min = radius + c[2] + gap;
                        double dx = x - c[0];
                        double dy = y - c[1];
                        if (dx * dx + dy * dy < min * min) {
                            return false;
                        }
                    }
                }
            }
            return true;
        }

        private double[] add(double x, double y, double radius) {
            double[] c = {x, y, radius};
            grid.computeIfAbsent(key((long) Math.floor(x / cell), (long) Math.floor(y / cell)),
                    k -> new ArrayList<>()).add(c);
            return c;
        }

        private static long key(long i, long j) {
            return (i << 32) ^ (j & 0xffffffffL);
        }
    }
}
