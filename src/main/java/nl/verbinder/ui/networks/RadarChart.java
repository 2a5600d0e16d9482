package nl.verbinder.ui.networks;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A radar chart of the six maturity dimensions on a Canvas: rings for the scores 1 to 4, the
 * latest review filled, the previous one as a dashed ghost behind it. Redraws when its data or
 * size changes.
 */
public final class RadarChart extends Region {

    private static final Color LATEST = Color.web("#2f6fb3");
    private static final Color GHOST = Color.web("#8a8a8a");
    private static final Color GRID = Color.web("#c8c8c8");
    private static final int MAX = 4;

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<RadarData> data = new SimpleObjectProperty<>(RadarData.NONE);

    public RadarChart() {
        getChildren().add(canvas);
        setMinSize(220, 220);
        setPrefSize(300, 280);
        data.addListener((obs, old, now) -> draw());
        widthProperty().addListener((obs, old, now) -> draw());
        heightProperty().addListener((obs, old, now) -> draw());
    }

    public ObjectProperty<RadarData> dataProperty() {
        return data;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        RadarData d = data.get();
        if (d == null || d.axes().isEmpty()) {
            return;
        }
        int n = d.axes().size();
        double cx = w / 2;
        double cy = h / 2;
        double r = Math.max(10, Math.min(w, h) / 2 - 42);
        g.setStroke(GRID);
        g.setLineWidth(1);
        for (int ring = 1; ring <= MAX; ring++) {
            polygon(g, cx, cy, r * ring / MAX, n, null, false);
        }
        for (int i = 0; i < n; i++) {
            double[] p = point(cx, cy, r, i, n);
            g.strokeLine(cx, cy, p[0], p[1]);
        }
        g.setFont(Font.font(11));
        g.setFill(Color.web("#444444"));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < n; i++) {
            double[] p = point(cx, cy, r + 22, i, n);
            g.fillText(d.axes().get(i), p[0], p[1]);
        }
        if (d.ghost().size() == n) {
            g.setStroke(GHOST);
            g.setLineWidth(1.5);
            g.setLineDashes(5, 4);
            shape(g, cx, cy, r, d.ghost(), null);
            g.setLineDashes();
        }
        if (d.latest().size() == n) {
            g.setStroke(LATEST);
            g.setLineWidth(2);
            shape(g, cx, cy, r, d.latest(), LATEST.deriveColor(0, 1, 1, 0.25));
        }
    }

    private static void shape(GraphicsContext g, double cx, double cy, double r, List<Integer> scores, Color fill) {
        int n = scores.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            double[] p = point(cx, cy, r * Math.max(0, Math.min(MAX, scores.get(i))) / MAX, i, n);
            xs[i] = p[0];
            ys[i] = p[1];
        }
        if (fill != null) {
            g.setFill(fill);
            g.fillPolygon(xs, ys, n);
        }
        g.strokePolygon(xs, ys, n);
    }

    private static void polygon(GraphicsContext g, double cx, double cy, double r, int n, Color fill, boolean filled) {
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            double[] p = point(cx, cy, r, i, n);
            xs[i] = p[0];
            ys[i] = p[1];
        }
        if (filled && fill != null) {
            g.setFill(fill);
            g.fillPolygon(xs, ys, n);
        }
        g.strokePolygon(xs, ys, n);
    }

    /** The point at distance {@code r} on axis {@code i} of {@code n}, the first axis straight up. */
    private static double[] point(double cx, double cy, double r, int i, int n) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        return new double[] {cx + r * Math.cos(angle), cy + r * Math.sin(angle)};
    }
}
