package nl.verbinder.domain.insight;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
 *       node size shrinks as the map fills ({@link #nodeSize}), never exceeding
 *       {@link #MAX_RADIUS}.</li>
 *   <li><b>No overlap</b>: within its wedge a partner starts at an angle derived from its id
 *       (stable when other partners come and go) and takes the free angle nearest to it;
 *       only when its whole arc is full it moves a little outward. Partners are placed
 *       nearest first, so crowding can only push a partner outward, by as little as needed.</li>
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
    /** The width of the bands in which crowding is measured, and the share of a band the circles may cover. */
    static final double BAND = 0.1;
    static final double BAND_FILL = 0.35;
    static final double SMALLEST_SHARE = 0.35;
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
        double size = nodeSize(sorted, asOf);
        Placer placer = new Placer(size, sectors.size());
        Map<Category, Integer> sectorIndex = new EnumMap<>(Category.class);
        for (int i = 0; i < sectors.size(); i++) {
            sectorIndex.put(sectors.get(i).category(), i);
        }

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
            int index = sectorIndex.get(p.category());
            double[] xy = placer.place(sectors.get(index), index, p.partnerId(), q.distance(), q.radius());
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

    /**
     * The radius of the largest circle. The circles may cover {@link #FILL} of the ring
     * between {@link #INNER} and 1 together, and {@link #BAND_FILL} of each band of
     * {@link #BAND} width they crowd into (never-contacted partners count as spread over a band
     * outside the outer ring), but never shrink below {@link #SMALLEST_SHARE} of the first
     * bound: when most contact is recent, circles get smaller rather than pushed outward.
     */
    static double nodeSize(List<MapPartner> partners, LocalDate asOf) {
        double squares = 0;
        Map<Integer, Double> perBand = new HashMap<>();
        for (MapPartner p : partners) {
            double f = sizeFactor(p.momentsLastYear());
            squares += f * f;
            double d = distance(daysSince(p.lastContact(), asOf));
            perBand.merge((int) Math.floor((d - INNER) / BAND), f * f, Double::sum);
        }
        if (squares == 0) {
            return MAX_RADIUS;
        }
        double ring = Math.PI * (1 - INNER * INNER);
        double overall = Math.min(MAX_RADIUS, Math.sqrt(FILL * ring / (Math.PI * squares)));
        double size = overall;
        for (Map.Entry<Integer, Double> band : perBand.entrySet()) {
            double inner = INNER + band.getKey() * BAND;
            double area = Math.PI * ((inner + BAND) * (inner + BAND) - inner * inner);
            size = Math.min(size, Math.sqrt(BAND_FILL * area / (Math.PI * band.getValue())));
        }
        return Math.max(size, SMALLEST_SHARE * overall);
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

    /**
     * Places circles without overlap. Placed circles are kept per sector in rings as wide as
     * the largest possible distance between two touching centres, so the circles that can touch
     * a new one are in its own ring and the two next to it, in its own sector: a circle keeps
     * a gap's width from its sector's edges, so circles of two sectors never meet (unless a
     * sector is narrower than a circle near the centre; then its neighbours are checked too).
     * For a distance, each of those circles blocks an interval of angles; the new circle takes
     * the free angle nearest its starting angle.
     */
    private static final class Placer {
        private final double gap;
        private final double ringWidth;
        private final int sectors;
        private final Map<Long, List<double[]>> rings = new HashMap<>();
        private double[] starts = new double[64];
        private double[] ends = new double[64];

        Placer(double size, int sectors) {
            this.gap = GAP * size;
            this.ringWidth = 2 * size + gap;
            this.sectors = sectors;
        }

        double[] place(MapSector sector, int index, long id, double targetDistance, double radius) {
            double span = sector.endAngle() - sector.startAngle();
            double from = spot(id);
            for (double d = targetDistance; d <= GIVE_UP_DISTANCE; d += radius) {
                double needed = Math.asin(Math.min(1, (radius + gap) / d));
                double margin = Math.min(needed, span / 2 * 0.999);
                double low = sector.startAngle() + margin;
                double high = sector.endAngle() - margin;
                double wanted = low + from * (high - low);
                double angle = freeAngle(index, margin < needed, d, radius, low, high, wanted);
                if (!Double.isNaN(angle)) {
                    return add(index, d * Math.cos(angle), d * Math.sin(angle), radius);
                }
            }
            double angle = sector.startAngle() + from * span;
            return add(index, GIVE_UP_DISTANCE * Math.cos(angle), GIVE_UP_DISTANCE * Math.sin(angle), radius);
        }

        /** The free angle in [low, high] at distance d nearest {@code wanted}, or NaN when there is none. */
        private double freeAngle(int index, boolean narrow, double d, double radius, double low, double high,
                                 double wanted) {
            int count = 0;
            int ring = ring(d);
            double turn = 2 * Math.PI;
            double middle = (low + high) / 2;
            int first = narrow && sectors > 1 ? index - 1 : index;
            int last = narrow && sectors > 1 ? index + 1 : index;
            for (int s = first; s <= last; s++) {
                int sector = Math.floorMod(s, sectors);
                for (int i = ring - 1; i <= ring + 1; i++) {
                    List<double[]> here = rings.get(key(sector, i));
                    if (here == null) {
                        continue;
                    }
                    for (double[] c : here) {
                        double cd = c[3];
                        double min = radius + c[2] + gap;
                        if (Math.abs(cd - d) >= min) {
                            continue;
                        }
                        double cos = (d * d + cd * cd - min * min) / (2 * d * cd);
                        double half = cos <= -1 ? Math.PI : Math.acos(cos) + 1e-9;
                        double a = c[4] + Math.rint((middle - c[4]) / turn) * turn;
                        if (a + half <= low || a - half >= high) {
                            continue;
                        }
                        if (count == starts.length) {
                            starts = Arrays.copyOf(starts, count * 2);
                            ends = Arrays.copyOf(ends, count * 2);
                        }
                        starts[count] = a - half;
                        ends[count++] = a + half;
                    }
                }
            }
            if (count == 0) {
                return wanted;
            }
            // the union of open intervals, swept with their starts and ends sorted apart
            int n = count;
            Arrays.sort(starts, 0, n);
            Arrays.sort(ends, 0, n);
            double best = Double.NaN;
            double free = low;
            int depth = 0;
            int i = 0;
            int j = 0;
            while (i < n && free < high) {
                if (starts[i] <= ends[j]) {
                    if (depth == 0 && starts[i] > free) {
                        best = nearer(best, clamp(wanted, free, Math.min(starts[i], high)), wanted);
                    }
                    depth++;
                    i++;
                } else {
                    depth--;
                    if (depth == 0) {
                        free = Math.max(free, ends[j]);
                    }
                    j++;
                }
            }
            if (i == n) {
                free = Math.max(free, ends[n - 1]);
            }
            if (free <= high) {
                best = nearer(best, clamp(wanted, free, high), wanted);
            }
            return best;
        }

        private static double clamp(double value, double from, double to) {
            return Math.max(from, Math.min(to, value));
        }

        private static double nearer(double best, double candidate, double wanted) {
            return Double.isNaN(best) || Math.abs(candidate - wanted) < Math.abs(best - wanted) ? candidate : best;
        }

        private int ring(double d) {
            return (int) Math.floor(d / ringWidth);
        }

        private static long key(int sector, int ring) {
            return ((long) sector << 32) ^ (ring & 0xffffffffL);
        }

        private double[] add(int sector, double x, double y, double radius) {
            double[] c = {x, y, radius, Math.hypot(x, y), Math.atan2(y, x)};
            rings.computeIfAbsent(key(sector, ring(c[3])), k -> new ArrayList<>()).add(c);
            return c;
        }
    }
}
