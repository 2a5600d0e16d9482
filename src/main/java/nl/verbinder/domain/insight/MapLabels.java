package nl.verbinder.domain.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which names to write on the map so that no two overlap: greedy, the most important first
 * ({@link #IMPORTANCE}: urgent before attention before fine, then the larger circle), each
 * label in the first of its candidate places that hits no label already placed. Zooming in
 * spreads the circles, so more labels fit. Pure and independent of the drawing toolkit: the
 * caller measures the text and gives the boxes in its own coordinates (the window in pixels,
 * the report in points).
 */
public final class MapLabels {

    /** The order in which labels are offered: most urgent, then largest, then by name and id. */
    public static final Comparator<MapNode> IMPORTANCE = Comparator.comparing(MapNode::state).reversed()
            .thenComparing(Comparator.comparingDouble(MapNode::radius).reversed())
            .thenComparing(MapNode::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparingLong(MapNode::partnerId);

    private MapLabels() {
    }

    /** A rectangle, top-left corner and size. */
    public record Box(double x, double y, double width, double height) {

        public boolean hits(Box o) {
            return x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height;
        }
    }

    /** A straight line, e.g. a shared goal drawn between two partners. */
    public record Segment(double x1, double y1, double x2, double y2) {

        /** Whether the line crosses or touches the box (Liang-Barsky clipping). */
        public boolean hits(Box b) {
            double dx = x2 - x1;
            double dy = y2 - y1;
            double[] p = {-dx, dx, -dy, dy};
            double[] q = {x1 - b.x(), b.x() + b.width() - x1, y1 - b.y(), b.y() + b.height() - y1};
            double from = 0;
            double to = 1;
            for (int i = 0; i < 4; i++) {
                if (p[i] == 0) {
                    if (q[i] < 0) {
                        return false;
                    }
                } else {
                    double t = q[i] / p[i];
                    if (p[i] < 0) {
                        from = Math.max(from, t);
                    } else {
                        to = Math.min(to, t);
                    }
                }
            }
            return from <= to;
        }
    }

    /** A label that would like to be written, at the first free one of its places. */
    public record Candidate(long id, List<Box> places) {

        public Candidate {
            places = List.copyOf(places);
        }
    }

    /** A label that was given a place. */
    public record Placed(long id, Box box) {
    }

    /**
     * Places the candidates in the order given, skipping each one whose every place hits a
     * label already placed or one of the {@code obstacles} (e.g. the practice's name).
     */
    public static List<Placed> place(List<Candidate> candidates, List<Box> obstacles) {
        return place(candidates, obstacles, List.of(), null);
    }

    /**
     * As {@link #place(List, List)}, and a place must also stay clear of the {@code lines} and,
     * when {@code within} is given, lie inside it (the canvas or the page).
     */
    public static List<Placed> place(List<Candidate> candidates, List<Box> obstacles, List<Segment> lines, Box within) {
        double cell = 64;
        for (Candidate c : candidates) {
            for (Box b : c.places()) {
                cell = Math.max(cell, Math.max(b.width(), b.height()));
            }
        }
        Grid grid = new Grid(cell);
        obstacles.forEach(grid::add);
        List<Placed> placed = new ArrayList<>();
        for (Candidate c : candidates) {
            for (Box b : c.places()) {
                if ((within == null || inside(b, within)) && !grid.hits(b) && clear(b, lines)) {
                    grid.add(b);
                    placed.add(new Placed(c.id(), b));
                    break;
                }
            }
        }
        return placed;
    }

    private static boolean inside(Box b, Box within) {
        return b.x() >= within.x() && b.y() >= within.y() && b.x() + b.width() <= within.x() + within.width()
                && b.y() + b.height() <= within.y() + within.height();
    }

    private static boolean clear(Box b, List<Segment> lines) {
        for (Segment line : lines) {
            if (line.hits(b)) {
                return false;
            }
        }
        return true;
    }

    /** Boxes by grid cell; a box no larger than a cell is found from the cells around its corner. */
    private static final class Grid {
        private final double cell;
        private final Map<Long, List<Box>> cells = new HashMap<>();

        Grid(double cell) {
            this.cell = cell;
        }

        void add(Box b) {
            for (long i = col(b.x()); i <= col(b.x() + b.width()); i++) {
                for (long j = col(b.y()); j <= col(b.y() + b.height()); j++) {
                    cells.computeIfAbsent(key(i, j), k -> new ArrayList<>()).add(b);
                }
            }
        }

        boolean hits(Box b) {
            for (long i = col(b.x()); i <= col(b.x() + b.width()); i++) {
                for (long j = col(b.y()); j <= col(b.y() + b.height()); j++) {
                    List<Box> here = cells.get(key(i, j));
                    if (here != null) {
                        for (Box o : here) {
                            if (o.hits(b)) {
                                return true;
                            }
                        }
                    }
                }
            }
            return false;
        }

        private long col(double v) {
            return (long) Math.floor(v / cell);
        }

        private static long key(long i, long j) {
            return (i << 32) ^ (j & 0xffffffffL);
        }
    }
}
