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
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.insight.MapLabels;
import nl.verbinder.domain.insight.MapLabels.Box;
import nl.verbinder.domain.insight.MapLabels.Candidate;
import nl.verbinder.domain.insight.MapLabels.Placed;
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
    private static final Font LABEL = Font.font("System", 11);
    private static final Font SECTOR = Font.font("System", FontWeight.BOLD, 12);
    private static final Font RING = Font.font("System", 10);

    /** What the canvas writes besides partners' names: sector titles, ring names, the practice's name. */
    interface Texts {
        String sector(MapSector sector);

        String ring(String key);

        String practice(NetworkMap map);
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
            return;
        }
        double s = scale();
        double cx = screenX(0);
        double cy = screenY(0);
        List<Box> obstacles = new ArrayList<>();
        drawSectors(g, s, cx, cy);
        drawRings(g, s, cx, cy);
        if (showGoals) {
            drawLinks(g);
        }
        List<MapNode> order = new ArrayList<>(map.nodes());
        order.sort(Comparator.comparing(MapNode::state));
        for (MapNode n : order) {
            double x = screenX(n.x());
            double y = screenY(n.y());
            double r = n.radius() * s;
            if (x + r + 8 < 0 || y + r + 8 < 0 || x - r - 8 > w || y - r - 8 > h) {
                continue;
            }
            MapPainter.node(g, palette, n.state(), x, y, r, n == hovered,
                    n.status() == PartnerStatus.ENDED);
        }
        obstacles.addAll(drawSectorTitles(g, s, cx, cy));
        obstacles.add(drawCentre(g, s, cx, cy));
        drawLabels(g, s, obstacles);
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

    private void drawRings(GraphicsContext g, double s, double cx, double cy) {
        record Ring(double distance, String key, boolean dashed) {
        }
        List<Ring> rings = List.of(new Ring(NetworkLayout.distance(30), "ui.network.ring.month", false),
                new Ring(NetworkLayout.distance(91), "ui.network.ring.quarter", false),
                new Ring(NetworkLayout.distance(365), "ui.network.ring.year", false),
                new Ring(NetworkLayout.CONTACTED_OUTER, "ui.network.ring.two-years", false),
                new Ring(NetworkLayout.NEVER_CONTACTED, "ui.network.ring.never", true));
        g.setLineWidth(1);
        g.setFont(RING);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        for (Ring ring : rings) {
            double r = ring.distance() * s;
            g.setStroke(palette.line());
            g.setLineDashes(ring.dashed() ? new double[] {4, 4} : null);
            g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
            // at the bottom of the ring, where the text crosses few names
            double a = Math.PI / 2 + 0.06;
            double x = cx + r * Math.cos(a) - 2;
            double y = cy + r * Math.sin(a) - 2;
            g.setStroke(palette.halo());
            g.setLineWidth(3);
            g.setLineDashes((double[]) null);
            g.strokeText(texts.ring(ring.key()), x, y);
            g.setFill(palette.muted());
            g.fillText(texts.ring(ring.key()), x, y);
            g.setLineWidth(1);
        }
        g.setLineDashes((double[]) null);
    }

    private void drawLinks(GraphicsContext g) {
        Map<Long, MapNode> byId = new HashMap<>();
        map.nodes().forEach(n -> byId.put(n.partnerId(), n));
        g.setStroke(palette.link().deriveColor(0, 1, 1, 0.55));
        g.setLineWidth(1.6);
        for (MapLink link : map.links()) {
            MapNode a = byId.get(link.fromPartnerId());
            MapNode b = byId.get(link.toPartnerId());
            if (a != null && b != null) {
                g.strokeLine(screenX(a.x()), screenY(a.y()), screenX(b.x()), screenY(b.y()));
            }
        }
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
            g.setTextAlign(align);
            g.setFill(palette.muted());
            g.fillText(title, x, y);
            boxes.add(new Box(left, y - 8, width, 16));
        }
        measure.setFont(LABEL);
        return boxes;
    }

    /** The practice at the centre: its name on a rounded label in the accent colour, on one or two lines. */
    private Box drawCentre(GraphicsContext g, double s, double cx, double cy) {
        Font font = Font.font("System", FontWeight.BOLD, 12);
        List<String> lines = wrap(texts.practice(map), font, CENTRE_WIDTH);
        if (lines.size() > 2) {
            lines = List.of(lines.getFirst(), String.join(" ", lines.subList(1, lines.size())));
        }
        double width = Math.min(widest(lines, 12), 1.5 * CENTRE_WIDTH) + 16;
        double lineHeight = 15;
        double height = lines.size() * lineHeight + 8;
        double left = cx - width / 2;
        double top = cy - height / 2;
        g.setFill(palette.centre());
        g.fillRoundRect(left, top, width, height, 12, 12);
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(palette.centreText());
        for (int i = 0; i < lines.size(); i++) {
            g.fillText(lines.get(i), cx, top + 4 + lineHeight * (i + 0.5), width - 12);
        }
        measure.setFont(LABEL);
        return new Box(left, top, width, height);
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

    private void drawLabels(GraphicsContext g, double s, List<Box> obstacles) {
        double w = getWidth();
        double h = getHeight();
        List<MapNode> order = new ArrayList<>();
        for (MapNode n : map.nodes()) {
            double x = screenX(n.x());
            double y = screenY(n.y());
            if (x >= -50 && y >= -10 && x <= w + 50 && y <= h + 10) {
                order.add(n);
            }
        }
        order.sort(MapLabels.IMPORTANCE);
        List<Candidate> candidates = new ArrayList<>(order.size());
        double height = 14;
        for (MapNode n : order) {
            double x = screenX(n.x());
            double y = screenY(n.y());
            double r = Math.max(MapPainter.MIN_RADIUS, n.radius() * s) + (n.state() == MapState.URGENT ? 6
                    : n.state() == MapState.ATTENTION ? 3 : 1);
            double width = labelWidths.computeIfAbsent(n.partnerId(), id -> {
                measure.setText(n.name());
                return measure.getLayoutBounds().getWidth() + 2;
            });
            candidates.add(new Candidate(n.partnerId(), List.of(
                    new Box(x + r + 2, y - height / 2, width, height),
                    new Box(x - r - 2 - width, y - height / 2, width, height),
                    new Box(x - width / 2, y - r - height, width, height),
                    new Box(x - width / 2, y + r, width, height))));
        }
        labels = MapLabels.place(candidates, obstacles);
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
