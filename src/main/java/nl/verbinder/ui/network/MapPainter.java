package nl.verbinder.ui.network;

import javafx.scene.canvas.GraphicsContext;
import nl.verbinder.domain.insight.MapState;

/** How one partner is drawn; shared by the map and its legend so the two always match. */
final class MapPainter {

    /** The smallest radius a circle is drawn with, in pixels, so it can be seen and hovered. */
    static final double MIN_RADIUS = 2.5;

    /** The radius of a partner drawn as a dot, when the map shows too many partners to draw them as circles. */
    static final double DOT_RADIUS = 1.6;

    private MapPainter() {
    }

    /** How far the drawing of a circle of this radius reaches, its state's rings included. */
    static double outerRadius(MapState state, double radius) {
        double r = Math.max(MIN_RADIUS, radius);
        return r + switch (state) {
            case FINE -> 0.5;
            case ATTENTION -> 3.2;
            case URGENT -> 6.2;
        };
    }

    /** A small dot in the state's colour: the map at a glance when there are too many partners to draw them one by one. */
    static void dot(GraphicsContext g, MapPalette palette, MapState state, double x, double y, boolean highlighted) {
        double r = highlighted ? DOT_RADIUS + 1.5 : DOT_RADIUS;
        g.setFill(palette.state(state).deriveColor(0, 1, 1, state == MapState.FINE ? 0.55 : 0.8));
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
    }

    /**
     * A filled circle in the state's colour. Without colour the states still differ: fine is a
     * plain circle, attention has one ring around it, urgent two. A relationship that ended is
     * drawn faded: it is only on the map when the user asked for ended partners.
     */
    static void node(GraphicsContext g, MapPalette palette, MapState state, double x, double y, double radius,
                     boolean highlighted, boolean ended) {
        double r = Math.max(MIN_RADIUS, radius);
        g.setFill(ended ? palette.muted().deriveColor(0, 1, 1, 0.5) : palette.fill(state));
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(palette.edge(state));
        g.setLineWidth(highlighted ? 2.5 : 0.8);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        if (state == MapState.FINE) {
            return;
        }
        g.setStroke(palette.state(state));
        g.setLineWidth(1.4);
        double ring = r + 2.5;
        g.strokeOval(x - ring, y - ring, 2 * ring, 2 * ring);
        if (state == MapState.URGENT) {
            double outer = r + 5.5;
            g.strokeOval(x - outer, y - outer, 2 * outer, 2 * outer);
        }
        if (highlighted) {
            g.setStroke(palette.text());
            g.setLineWidth(2);
            double mark = r + (state == MapState.URGENT ? 8 : 5);
            g.strokeOval(x - mark, y - mark, 2 * mark, 2 * mark);
        }
    }
}
