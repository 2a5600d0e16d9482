package nl.verbinder.ui.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.ArcType;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.insight.MapLabels;
import nl.verbinder.domain.insight.MapLabels.Box;
import nl.verbinder.domain.insight.MapLabels.Candidate;
import nl.verbinder.domain.insight.MapLabels.Placed;
import nl.verbinder.domain.insight.MapLabels.Segment;
import nl.verbinder.domain.insight.MapLink;
import nl.verbinder.domain.insight.MapNode;
import nl.verbinder.domain.insight.MapSector;
import nl.verbinder.domain.insight.MapState;
import nl.verbinder.domain.insight.NetworkLayout;
import nl.verbinder.domain.insight.NetworkMap;

/**
 * Draws a {@link NetworkMap} on a canvas that fills this region, with zoom (mouse wheel,
 * around the pointer) and pan (drag). Panning and zooming only redraw: the map is not loaded
 * again. Names are written where they fit ({@link MapLabels}); zooming in makes room for more.
 */
final class MapCanvas extends Region {

    /** The sectors' names are written this far beyond the outermost partner, in unit space. */
    static final double TITLE_DISTANCE = 0.1;
    /** Room for the sectors' names beside and above the circle, in pixels. */
    static final double SIDE_ROOM = 150;
    static final double TOP_ROOM = 20;
    /** How wide the practice's name may be on one line before it wraps, in pixels. */
    static final double CENTRE_WIDTH = 150;
    static final double MAX_ZOOM = 60;
    /**
     * Above this many partners in view the map shows counts per sector instead of names, and
     * dots instead of circles: zooming in or filtering brings the names back.
     */
    static final int AGGREGATE_ABOVE = 250;
    private static final Font LABEL = Font.font("System", 11);
    private static final Font SECTOR = Font.font("System", FontWeight.BOLD, 12);
    private static final Font RING = Font.font("System", 10);

    /** What the canvas writes besides partners' names: sector titles, ring names, the practice's name. */
    interface Texts {
        String sector(MapSector sector);

        String ring(String key);

        String practice(NetworkMap map);

        /** The hint shown when there are too many partners in view to name them. */
        String hint();
    }

    /** Told when the pointer moves onto a partner (or off: {@code null}), with the pointer's place in this region. */
    interface HoverListener {
        void hovered(MapNode node, double x, double y);
    }

    private final Canvas canvas = new Canvas();
    private final Texts texts;
    private final Supplier<MapPalette> palettes;
    private MapPalette palette;
    private NetworkMap map;
    /** {@link NetworkMap#extent()} of the map shown, which looks at every partner: computed once per map. */
    private double extent = 1;
    private boolean showGoals = true;
    private double zoom = 1;
    private double panX;
    private double panY;
    private MapNode hovered;
    private HoverListener onHover = (node, x, y) -> { };
    private Consumer<MapNode> onOpen = node -> { };
    private final Map<Long, Double> labelWidths = new HashMap<>();
    private final Text measure = new Text();
    private List<Placed> labels = List.of();
    private Drawing drawing = Drawing.NONE;
    /** How far from the centre the nearest circle's inner edge is, in unit space: the room for the practice's name. */
    private double innerFree = NetworkLayout.INNER;
    private double pressX;
    private double pressY;
    private boolean dragged;

    /** @param palettes the colours of the current theme, asked at every drawing (the theme can change any time) */
    MapCanvas(Texts texts, Supplier<MapPalette> palettes) {
        this.texts = texts;
        this.palettes = palettes;
        this.palette = palettes.get();
        getChildren().add(canvas);
        setMinSize(200, 200);
        canvas.setId("network-canvas");
        measure.setFont(LABEL);
        setOnScroll(this::scrolled);
        setOnMousePressed(e -> {
            requestFocus();
            pressX = e.getX();
            pressY = e.getY();
            dragged = false;
        });
        setOnMouseDragged(this::dragged);
        setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        setOnMouseExited(e -> hover(Double.NaN, Double.NaN));
        setOnMouseClicked(this::clicked);
        setFocusTraversable(true);
        setOnKeyPressed(this::keyPressed);
    }

    /** Without a mouse: + and - zoom around the centre, the arrow keys pan, 0 fits the map again. */
    private void keyPressed(KeyEvent e) {
        double step = 40;
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> zoomAt(1.25, getWidth() / 2, getHeight() / 2);
            case MINUS, SUBTRACT -> zoomAt(0.8, getWidth() / 2, getHeight() / 2);
            case LEFT -> pan(step, 0);
            case RIGHT -> pan(-step, 0);
            case UP -> pan(0, step);
            case DOWN -> pan(0, -step);
            case DIGIT0, NUMPAD0 -> fit();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void pan(double dx, double dy) {
        panX += dx;
        panY += dy;
        draw();
    }

    void show(NetworkMap value) {
        boolean sameDate = map != null && value != null && map.asOf().equals(value.asOf());
        map = value;
        extent = value == null ? 1 : value.extent();
        innerFree = NetworkLayout.INNER;
        if (value != null) {
            for (MapNode n : value.nodes()) {
                innerFree = Math.min(innerFree, n.distance() - n.radius());
            }
        }
        labelWidths.clear();
        if (!sameDate) {
            fit();
        }
        hovered = null;
        draw();
    }

    void showGoals(boolean value) {
        showGoals = value;
        draw();
    }

    void onHover(HoverListener listener) {
        onHover = listener;
    }

    void onOpen(Consumer<MapNode> action) {
        onOpen = action;
    }

    /** Back to the whole map, centred. */
    void fit() {
        zoom = 1;
        panX = 0;
        panY = 0;
        draw();
    }

    double zoom() {
        return zoom;
    }

    /** The names written in the last drawing, with their boxes in this region's coordinates. */
    List<Placed> labels() {
        return labels;
    }

    Canvas canvas() {
        return canvas;
    }

    /** Where a partner's centre is drawn, in this region's coordinates. */
    Point2D pointOf(MapNode node) {
        return new Point2D(screenX(node.x()), screenY(node.y()));
    }

    /** The radius a partner's drawing reaches now, state rings included, in pixels. */
    double radiusOf(MapNode node) {
        return drawing.aggregated() ? MapPainter.DOT_RADIUS : MapPainter.outerRadius(node.state(), node.radius() * scale());
    }

    /** Zooms by {@code factor} around the point (region coordinates), within 1 and {@link #MAX_ZOOM}. */
    void zoomAt(double factor, double x, double y) {
        double ux = unitX(x);
        double uy = unitY(y);
        zoom = Math.max(1, Math.min(MAX_ZOOM, zoom * factor));
        double s = scale();
        panX = x - ux * s - getWidth() / 2;
        panY = y - uy * s - getHeight() / 2;
        draw();
    }

    Optional<MapNode> nodeAt(double x, double y) {
        if (map == null) {
            return Optional.empty();
        }
        double s = scale();
        return map.nodeAt(unitX(x), unitY(y), (MapPainter.MIN_RADIUS + 2) / s);
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            draw();
        }
    }

    private double scale() {
        double fit = Math.min(getWidth() / 2 - SIDE_ROOM, getHeight() / 2 - TOP_ROOM) / (extent + TITLE_DISTANCE);
        return Math.max(20, fit) * zoom;
    }

    private double screenX(double ux) {
        return getWidth() / 2 + panX + ux * scale();
    }

    private double screenY(double uy) {
        return getHeight() / 2 + panY + uy * scale();
    }

    private double unitX(double x) {
        return (x - getWidth() / 2 - panX) / scale();
    }

    private double unitY(double y) {
        return (y - getHeight() / 2 - panY) / scale();
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            zoomAt(Math.exp(e.getDeltaY() * 0.0025), e.getX(), e.getY());
            hover(e.getX(), e.getY());
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (!dragged && Math.hypot(e.getX() - pressX, e.getY() - pressY) < 4) {
            return;
        }
        dragged = true;
        panX += e.getX() - pressX;
        panY += e.getY() - pressY;
        pressX = e.getX();
        pressY = e.getY();
        draw();
    }

    private void clicked(MouseEvent e) {
        if (dragged || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        nodeAt(e.getX(), e.getY()).ifPresent(onOpen);
    }

    private void hover(double x, double y) {
        MapNode under = Double.isNaN(x) ? null : nodeAt(x, y).orElse(null);
        setCursor(under == null ? Cursor.DEFAULT : Cursor.HAND);
        if (under != hovered) {
            hovered = under;
            draw();
        }
        onHover.hovered(under, x, y);
    }

    /** Draws everything again; cheap enough for every pan and zoom step at hundreds of partners. */
    void draw() {
        double w = getWidth();
        double h = getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        palette = palettes.get();
        g.setFill(palette.background());
        g.fillRect(0, 0, w, h);
        if (map == null || w <= 0 || h <= 0) {
            labels = List.of();
            drawing = Drawing.NONE;
            return;
        }
        double s = scale();
        double cx = screenX(0);
        double cy = screenY(0);
        List<MapNode> visible = new ArrayList<>();
        for (MapNode n : map.nodes()) {
            double x = screenX(n.x());
            double y = screenY(n.y());
            double r = n.radius() * s + 8;
            if (x + r >= 0 && y + r >= 0 && x - r <= w && y - r <= h) {
                visible.add(n);
            }
        }
        boolean many = visible.size() > AGGREGATE_ABOVE;
        drawSectors(g, s, cx, cy);
        drawRings(g, s, cx, cy);
        List<Segment> lines = showGoals && !many ? drawLinks(g) : List.of();
        visible.sort(Comparator.comparing(MapNode::state));
        List<Box> circles = new ArrayList<>(visible.size());
        for (MapNode n : visible) {
            double x = screenX(n.x());
            double y = screenY(n.y());
            if (many) {
                MapPainter.dot(g, palette, n.state(), x, y, n == hovered);
                double r = MapPainter.DOT_RADIUS;
                circles.add(new Box(x - r, y - r, 2 * r, 2 * r));
            } else {
                MapPainter.node(g, palette, n.state(), x, y, n.radius() * s, n == hovered,
                        n.status() == PartnerStatus.ENDED);
                double r = MapPainter.outerRadius(n.state(), n.radius() * s);
                circles.add(new Box(x - r, y - r, 2 * r, 2 * r));
            }
        }
        List<Box> titles = drawSectorTitles(g, s, cx, cy);
        List<Box> taken = new ArrayList<>(titles);
        Box centre = null;
        if (cx >= 0 && cy >= 0 && cx <= w && cy <= h) {
            centre = drawCentre(g, s, cx, cy);
            taken.add(centre);
        }
        Box hint = many ? drawHint(g, taken) : null;
        if (hint != null) {
            taken.add(hint);
        }
        List<Box> crowded = new ArrayList<>();
        List<Box> rings = drawRingLabels(g, s, cx, cy, circles, taken, crowded);
        taken.addAll(rings);
        List<Box> badges = many ? drawBadges(g, s, cx, cy, visible, taken) : List.of();
        taken.addAll(badges);
        if (many) {
            labels = List.of();
        } else {
            List<Box> obstacles = new ArrayList<>(taken);
            obstacles.addAll(circles);
            drawLabels(g, s, visible, obstacles, lines);
        }
        drawing = new Drawing(many, circles, lines, titles, centre, rings, crowded, badges, hint, labels);
    }

    /**
     * What the last drawing put where, in this region's coordinates: for tests that check that
     * nothing written covers anything else.
     *
     * @param aggregated whether the partners were too many to name, so each sector shows its counts
     * @param circles    the partners' circles with their state rings (as squares around them)
     * @param lines      the shared goals' lines
     * @param titles     the sectors' names
     * @param centre     the practice's label ({@code null} when the centre is off the canvas)
     * @param rings      the rings' names ("1 maand", ...)
     * @param crowded    those of the rings' names for which the ring had no free place: drawn where they cover fewest circles
     * @param badges     the sectors' counts, when aggregated
     * @param hint       the hint to zoom or filter, when aggregated
     * @param labels     the partners' names
     */
    record Drawing(boolean aggregated, List<Box> circles, List<Segment> lines, List<Box> titles, Box centre,
                   List<Box> rings, List<Box> crowded, List<Box> badges, Box hint, List<Placed> labels) {
        static final Drawing NONE = new Drawing(false, List.of(), List.of(), List.of(), null, List.of(), List.of(),
                List.of(), null, List.of());
    }

    Drawing drawing() {
        return drawing;
    }

    private void drawSectors(GraphicsContext g, double s, double cx, double cy) {
        double outer = (NetworkLayout.NEVER_CONTACTED + 0.08) * s;
        int i = 0;
        for (MapSector sector : map.sectors()) {
            g.setFill(i++ % 2 == 0 ? palette.sectorA() : palette.sectorB());
            double start = -Math.toDegrees(sector.startAngle());
            double extent = -Math.toDegrees(sector.endAngle() - sector.startAngle());
            g.fillArc(cx - outer, cy - outer, 2 * outer, 2 * outer, start, extent, ArcType.ROUND);
        }
        if (map.sectors().size() > 1) {
            g.setStroke(palette.line());
            g.setLineWidth(1);
            double inner = NetworkLayout.INNER * 0.75 * s;
            for (MapSector sector : map.sectors()) {
                double a = sector.startAngle();
                g.strokeLine(cx + inner * Math.cos(a), cy + inner * Math.sin(a), cx + outer * Math.cos(a),
                        cy + outer * Math.sin(a));
            }
        }
    }

    private record Ring(double distance, String key, boolean dashed) {
    }

    private static final List<Ring> RINGS = List.of(new Ring(NetworkLayout.distance(30), "ui.network.ring.month", false),
            new Ring(NetworkLayout.distance(91), "ui.network.ring.quarter", false),
            new Ring(NetworkLayout.distance(365), "ui.network.ring.year", false),
            new Ring(NetworkLayout.CONTACTED_OUTER, "ui.network.ring.two-years", false),
            new Ring(NetworkLayout.NEVER_CONTACTED, "ui.network.ring.never", true));

    private void drawRings(GraphicsContext g, double s, double cx, double cy) {
        g.setLineWidth(1);
        g.setStroke(palette.line());
        for (Ring ring : RINGS) {
            double r = ring.distance() * s;
            g.setLineDashes(ring.dashed() ? new double[] {4, 4} : null);
            g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
        }
        g.setLineDashes((double[]) null);
    }

    /**
     * The rings' names, each on its ring where it covers no circle and nothing else written,
     * looked for from the bottom outward to both sides; where no such place is, at the bottom,
     * drawn over the circles on a halo so it can still be read.
     */
    private List<Box> drawRingLabels(GraphicsContext g, double s, double cx, double cy, List<Box> circles,
                                     List<Box> taken, List<Box> crowded) {
        double w = getWidth();
        double h = getHeight();
        Box canvasBox = new Box(0, 0, w, h);
        List<Box> placed = new ArrayList<>();
        List<Box> blocking = new ArrayList<>(circles);
        blocking.addAll(taken);
        measure.setFont(RING);
        double height = 13;
        for (Ring ring : RINGS) {
            String text = texts.ring(ring.key());
            measure.setText(text);
            double width = measure.getLayoutBounds().getWidth() + 4;
            double r = ring.distance() * s;
            Box chosen = null;
            Box fallback = null;
            int fewest = Integer.MAX_VALUE;
            // steps of about 4 pixels along the ring, all the way round if need be
            double stepAngle = Math.max(0.01, 4 / Math.max(r, 1));
            int steps = (int) Math.ceil(Math.PI / stepAngle);
            for (int step = 0; step <= steps && chosen == null; step++) {
                for (int place = 0; place < 6 && chosen == null; place++) {
                    int side = place % 2 == 0 ? 1 : -1;
                    // on the ring, or a few pixels inside or outside it: the name still reads as the ring's
                    double along = r + (place < 2 ? 0 : place < 4 ? -6 : 6);
                    double a = Math.PI / 2 + side * (0.06 + step * stepAngle);
                    Box box = new Box(cx + along * Math.cos(a) - width / 2, cy + along * Math.sin(a) - height / 2,
                            width, height);
                    if (!inside(box, canvasBox) || hitsAny(box, placed)) {
                        continue;
                    }
                    int hit = count(box, blocking);
                    if (hit == 0) {
                        chosen = box;
                        break;
                    }
                    if (hit < fewest && !hitsAny(box, taken)) {
                        fewest = hit;
                        fallback = box;
                    }
                }
            }
            Box box = chosen != null ? chosen : fallback;
            if (box == null) {
                continue;
            }
            placed.add(box);
            if (chosen == null) {
                crowded.add(box);
            }
            g.setFont(RING);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.setFill(palette.background().deriveColor(0, 1, 1, 0.85));
            g.fillRoundRect(box.x(), box.y(), box.width(), box.height(), 6, 6);
            g.setFill(palette.muted());
            g.fillText(text, box.x() + box.width() / 2, box.y() + box.height() / 2);
        }
        return placed;
    }

    private static boolean inside(Box b, Box within) {
        return b.x() >= within.x() && b.y() >= within.y() && b.x() + b.width() <= within.x() + within.width()
                && b.y() + b.height() <= within.y() + within.height();
    }

    private static int count(Box box, List<Box> others) {
        int n = 0;
        for (Box o : others) {
            if (o.hits(box)) {
                n++;
            }
        }
        return n;
    }

    private static boolean hitsAny(Box box, List<Box> others) {
        for (Box o : others) {
            if (o.hits(box)) {
                return true;
            }
        }
        return false;
    }

    private List<Segment> drawLinks(GraphicsContext g) {
        Map<Long, MapNode> byId = new HashMap<>();
        map.nodes().forEach(n -> byId.put(n.partnerId(), n));
        g.setStroke(palette.link().deriveColor(0, 1, 1, 0.55));
        g.setLineWidth(1.6);
        List<Segment> lines = new ArrayList<>();
        for (MapLink link : map.links()) {
            MapNode a = byId.get(link.fromPartnerId());
            MapNode b = byId.get(link.toPartnerId());
            if (a != null && b != null) {
                Segment line = new Segment(screenX(a.x()), screenY(a.y()), screenX(b.x()), screenY(b.y()));
                g.strokeLine(line.x1(), line.y1(), line.x2(), line.y2());
                lines.add(line);
            }
        }
        return lines;
    }

    private List<Box> drawSectorTitles(GraphicsContext g, double s, double cx, double cy) {
        List<Box> boxes = new ArrayList<>();
        g.setFont(SECTOR);
        g.setTextBaseline(VPos.CENTER);
        double distance = (extent + TITLE_DISTANCE) * s;
        for (MapSector sector : map.sectors()) {
            String title = texts.sector(sector);
            double a = sector.middleAngle();
            double x = cx + distance * Math.cos(a);
            double y = cy + distance * Math.sin(a);
            measure.setFont(SECTOR);
            measure.setText(title);
            double width = measure.getLayoutBounds().getWidth();
            double cos = Math.cos(a);
            TextAlignment align = cos > 0.25 ? TextAlignment.LEFT : cos < -0.25 ? TextAlignment.RIGHT
                    : TextAlignment.CENTER;
            double left = align == TextAlignment.LEFT ? x : align == TextAlignment.RIGHT ? x - width : x - width / 2;
            if (left + width < 0 || left > getWidth() || y < 0 || y > getHeight()) {
                continue; // zoomed in: this sector's name is beyond the canvas
            }
            // kept on the canvas: a long name beside a narrow window moves inward rather than off the edge
            left = Math.max(2, Math.min(left, getWidth() - width - 2));
            y = Math.max(10, Math.min(y, getHeight() - 10));
            // two names of narrow neighbouring sectors move apart, away from the centre's level
            double away = Math.sin(a) >= 0 ? 1 : -1;
            for (int tries = 0; tries < 6 && hitsAny(new Box(left, y - 8, width, 16), boxes); tries++) {
                y += away * 16;
            }
            Box box = new Box(left, y - 8, width, 16);
            if (box.y() < 0 || box.y() + box.height() > getHeight() || hitsAny(box, boxes)) {
                continue;
            }
            g.setTextAlign(TextAlignment.LEFT);
            g.setFill(palette.muted());
            g.fillText(title, left, y);
            boxes.add(box);
        }
        measure.setFont(LABEL);
        return boxes;
    }

    /**
     * The practice at the centre: its name on a rounded label in the accent colour, in the
     * empty middle of the map so that it covers no partner: on up to three lines, smaller when
     * needed, and only its initials when even that does not fit.
     */
    private Box drawCentre(GraphicsContext g, double s, double cx, double cy) {
        String name = texts.practice(map);
        double room = Math.max(8, innerFree * s - 7);
        List<String> lines = null;
        double size = 12;
        double width = 0;
        double height = 0;
        search:
        for (double fontSize : new double[] {12, 11, 10}) {
            Font font = Font.font("System", FontWeight.BOLD, fontSize);
            double lineHeight = fontSize + 3;
            for (int count = 1; count <= 3; count++) {
                double h = count * lineHeight + 6;
                if (h / 2 >= room) {
                    break;
                }
                double allowed = 2 * Math.sqrt(room * room - h * h / 4) - 12;
                List<String> wrapped = wrap(name, font, allowed);
                double widest = widest(wrapped, fontSize);
                if (wrapped.size() <= count && widest <= allowed) {
                    lines = wrapped;
                    size = fontSize;
                    width = widest + 12;
                    height = wrapped.size() * lineHeight + 6;
                    break search;
                }
            }
        }
        if (lines == null) {
            lines = List.of(initials(name));
            size = 10;
            width = Math.max(widest(lines, size) + 10, 18);
            height = 18;
        }
        double lineHeight = size + 3;
        double left = cx - width / 2;
        double top = cy - height / 2;
        g.setFill(palette.centre());
        g.fillRoundRect(left, top, width, height, 12, 12);
        g.setFont(Font.font("System", FontWeight.BOLD, size));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(palette.centreText());
        for (int i = 0; i < lines.size(); i++) {
            g.fillText(lines.get(i), cx, top + 3 + lineHeight * (i + 0.5));
        }
        measure.setFont(LABEL);
        return new Box(left, top, width, height);
    }

    /** The first letters of the name's first three words that start with a letter or digit. */
    static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (!word.isEmpty() && Character.isLetterOrDigit(word.charAt(0)) && initials.length() < 3) {
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return initials.isEmpty() ? "·" : initials.toString();
    }

    /** The hint to zoom or filter, in a free corner of the canvas; {@code null} when no corner is free. */
    private Box drawHint(GraphicsContext g, List<Box> taken) {
        double w = getWidth();
        double h = getHeight();
        List<String> lines = wrap(texts.hint(), RING, Math.min(230, w / 3));
        measure.setFont(RING);
        double widest = 0;
        for (String line : lines) {
            measure.setText(line);
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        measure.setFont(LABEL);
        double width = widest + 12;
        double lineHeight = 13;
        double height = lines.size() * lineHeight + 8;
        double margin = 6;
        List<Box> corners = List.of(new Box(margin, h - height - margin, width, height),
                new Box(margin, margin, width, height), new Box(w - width - margin, h - height - margin, width, height),
                new Box(w - width - margin, margin, width, height));
        for (Box box : corners) {
            if (box.x() < 0 || box.y() < 0 || hitsAny(box, taken)) {
                continue;
            }
            g.setFill(palette.background().deriveColor(0, 1, 1, 0.9));
            g.fillRoundRect(box.x(), box.y(), box.width(), box.height(), 8, 8);
            g.setStroke(palette.line());
            g.setLineWidth(1);
            g.strokeRoundRect(box.x(), box.y(), box.width(), box.height(), 8, 8);
            g.setFont(RING);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.setFill(palette.muted());
            for (int i = 0; i < lines.size(); i++) {
                g.fillText(lines.get(i), box.x() + 6, box.y() + 4 + lineHeight * (i + 0.5));
            }
            return box;
        }
        return null;
    }

    /**
     * When there are too many partners to name: per sector a small card with how many of its
     * partners are fine, need attention and are urgent, inside the sector where it covers
     * nothing else written.
     */
    private List<Box> drawBadges(GraphicsContext g, double s, double cx, double cy, List<MapNode> visible,
                                 List<Box> taken) {
        Map<Category, int[]> counts = new HashMap<>();
        for (MapNode n : visible) {
            counts.computeIfAbsent(n.category(), c -> new int[MapState.values().length])[n.state().ordinal()]++;
        }
        double height = 18;
        List<Candidate> candidates = new ArrayList<>();
        Map<Long, MapSector> bySector = new HashMap<>();
        Map<Long, Double> widths = new HashMap<>();
        long id = 0;
        for (MapSector sector : map.sectors()) {
            int[] count = counts.get(sector.category());
            if (count == null) {
                continue;
            }
            double width = 6;
            for (MapState state : MapState.values()) {
                if (count[state.ordinal()] > 0) {
                    measure.setText(Integer.toString(count[state.ordinal()]));
                    width += 14 + measure.getLayoutBounds().getWidth() + 6;
                }
            }
            List<Box> places = new ArrayList<>();
            double a = sector.middleAngle();
            for (double d : new double[] {0.55, 0.7, 0.4, 0.85, 0.3}) {
                double x = cx + d * s * Math.cos(a);
                double y = cy + d * s * Math.sin(a);
                places.add(new Box(x - width / 2, y - height / 2, width, height));
            }
            bySector.put(id, sector);
            widths.put(id, width);
            candidates.add(new Candidate(id++, places));
        }
        List<Placed> placed = MapLabels.place(candidates, taken, List.of(), new Box(0, 0, getWidth(), getHeight()));
        List<Box> boxes = new ArrayList<>();
        g.setFont(LABEL);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (Placed badge : placed) {
            Box box = badge.box();
            int[] count = counts.get(bySector.get(badge.id()).category());
            g.setFill(palette.background().deriveColor(0, 1, 1, 0.92));
            g.fillRoundRect(box.x(), box.y(), box.width(), box.height(), 9, 9);
            g.setStroke(palette.line());
            g.setLineWidth(1);
            g.strokeRoundRect(box.x(), box.y(), box.width(), box.height(), 9, 9);
            double x = box.x() + 6;
            double y = box.y() + box.height() / 2;
            for (MapState state : MapState.values()) {
                int n = count[state.ordinal()];
                if (n == 0) {
                    continue;
                }
                MapPainter.dot(g, palette, state, x + 5, y, true);
                String text = Integer.toString(n);
                g.setFont(LABEL);
                g.setFill(palette.text());
                g.setTextAlign(TextAlignment.LEFT);
                g.setTextBaseline(VPos.CENTER);
                g.fillText(text, x + 14, y);
                measure.setText(text);
                x += 14 + measure.getLayoutBounds().getWidth() + 6;
            }
            boxes.add(box);
        }
        return boxes;
    }

    /** The words of {@code text} in lines no wider than {@code width} where possible. */
    private List<String> wrap(String text, Font font, double width) {
        measure.setFont(font);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            measure.setText(candidate);
            if (line.isEmpty() || measure.getLayoutBounds().getWidth() <= width) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private double widest(List<String> lines, double size) {
        measure.setFont(Font.font("System", FontWeight.BOLD, size));
        double widest = 0;
        for (String line : lines) {
            measure.setText(line);
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        return widest;
    }

    /**
     * The partners' names, the most important first, each in the first of its places (right,
     * left, above, below, then the corners, then a little further out) that stays on the canvas
     * and covers no circle, line, name or other text.
     */
    private void drawLabels(GraphicsContext g, double s, List<MapNode> visible, List<Box> obstacles,
                            List<Segment> lines) {
        List<MapNode> order = new ArrayList<>(visible);
        order.sort(MapLabels.IMPORTANCE);
        List<Candidate> candidates = new ArrayList<>(order.size());
        double height = 14;
        for (MapNode n : order) {
            double x = screenX(n.x());
            double y = screenY(n.y());
            double r = MapPainter.outerRadius(n.state(), n.radius() * s) + 1;
            double width = labelWidths.computeIfAbsent(n.partnerId(), id -> {
                measure.setText(n.name());
                return measure.getLayoutBounds().getWidth() + 2;
            });
            List<Box> places = new ArrayList<>(16);
            int reach = n.state() == MapState.URGENT ? 6 : n.state() == MapState.ATTENTION ? 2 : 1;
            for (int step = 0; step < reach; step++) {
                double o = r + 1 + step * height;
                double d = o * 0.72;
                places.add(new Box(x + o, y - height / 2, width, height));
                places.add(new Box(x - o - width, y - height / 2, width, height));
                places.add(new Box(x - width / 2, y - o - height, width, height));
                places.add(new Box(x - width / 2, y + o, width, height));
                places.add(new Box(x + d, y - d - height, width, height));
                places.add(new Box(x + d, y + d, width, height));
                places.add(new Box(x - d - width, y - d - height, width, height));
                places.add(new Box(x - d - width, y + d, width, height));
            }
            candidates.add(new Candidate(n.partnerId(), places));
        }
        labels = MapLabels.place(candidates, obstacles, lines, new Box(0, 0, getWidth(), getHeight()));
        Map<Long, MapNode> byId = new HashMap<>();
        order.forEach(n -> byId.put(n.partnerId(), n));
        g.setFont(LABEL);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setLineWidth(3);
        g.setStroke(palette.halo().deriveColor(0, 1, 1, 0.85));
        for (Placed label : labels) {
            String name = byId.get(label.id()).name();
            double x = label.box().x() + 1;
            double y = label.box().y() + label.box().height() / 2;
            g.strokeText(name, x, y);
        }
        g.setFill(palette.text());
        for (Placed label : labels) {
            g.fillText(byId.get(label.id()).name(), label.box().x() + 1,
                    label.box().y() + label.box().height() / 2);
        }
    }
}
