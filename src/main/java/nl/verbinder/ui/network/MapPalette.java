package nl.verbinder.ui.network;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.paint.Color;
import nl.verbinder.domain.insight.MapState;
import nl.verbinder.ui.fx.Theme;

/**
 * The map's colours for the light and the dark theme (a canvas does not read the
 * stylesheet). The states differ in more than colour: see {@link MapPainter#node}.
 */
record MapPalette(Color background, Color sectorA, Color sectorB, Color line, Color text, Color muted, Color halo,
                  Color fine, Color attention, Color urgent, Color link, Color centre, Color centreText) {

    /** Derived colours, made once: a drawing asks for them for every circle. */
    private static final Map<Color, Color> FILLS = new ConcurrentHashMap<>();
    private static final Map<Color, Color> EDGES = new ConcurrentHashMap<>();

    static MapPalette of(Theme theme) {
        if (theme == Theme.DARK) {
            return new MapPalette(Color.web("#0d1117"), Color.web("#161b22"), Color.web("#0d1117"),
                    Color.web("#30363d"), Color.web("#e6edf3"), Color.web("#8d96a0"), Color.web("#0d1117"),
                    Color.web("#3fb950"), Color.web("#d29922"), Color.web("#f85149"), Color.web("#a371f7"),
                    Color.web("#1f6feb"), Color.web("#ffffff"));
        }
        return new MapPalette(Color.web("#ffffff"), Color.web("#f3f5f8"), Color.web("#ffffff"),
                Color.web("#d0d7de"), Color.web("#1f2328"), Color.web("#656d76"), Color.web("#ffffff"),
                Color.web("#1a7f37"), Color.web("#bf8700"), Color.web("#cf222e"), Color.web("#8250df"),
                Color.web("#0969da"), Color.web("#ffffff"));
    }

    /** The fill of a circle in this state: the state's colour, slightly see-through. */
    Color fill(MapState state) {
        return FILLS.computeIfAbsent(state(state), c -> c.deriveColor(0, 1, 1, 0.88));
    }

    /** The outline of a circle in this state. */
    Color edge(MapState state) {
        return EDGES.computeIfAbsent(state(state), Color::darker);
    }

    Color state(MapState state) {
        return switch (state) {
            case FINE -> fine;
            case ATTENTION -> attention;
            case URGENT -> urgent;
        };
    }
}
