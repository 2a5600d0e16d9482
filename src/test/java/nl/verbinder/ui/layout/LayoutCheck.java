package nl.verbinder.ui.layout;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import nl.verbinder.ui.fx.UiStyles;

/**
 * Looks at a laid-out scene as a reader would and lists what reads wrong: a text shortened
 * with an ellipsis where it should show in full (a label, button, column header, tab title,
 * chip: any {@link Labeled} whose drawn text differs from its text, unless it is marked
 * {@link UiStyles#MAY_ELIDE} and carries its full text elsewhere), a text that runs out of the
 * window, and nodes that overlap in a pane that lays its children side by side or one under
 * the other (an HBox, VBox, FlowPane, GridPane or TilePane).
 */
public final class LayoutCheck {

    /** Overlaps of up to this many pixels are borders drawn over each other, not a fault. */
    private static final double TOLERANCE = 2.0;

    private final List<String> problems = new ArrayList<>();
    private final String where;
    private final Scene scene;

    private LayoutCheck(Scene scene, String where) {
        this.scene = scene;
        this.where = where;
    }

    /** What reads wrong in the scene, each line naming where ({@code where}) and what. */
    public static List<String> problems(Scene scene, String where) {
        LayoutCheck check = new LayoutCheck(scene, where);
        check.visit(scene.getRoot(), false);
        return check.problems;
    }

    private void visit(Node node, boolean scrolled) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        boolean inScroll = scrolled || node instanceof ScrollPane || node instanceof VirtualFlow<?>;
        if (node instanceof Labeled labeled) {
            labeled(labeled, scrolled);
        }
        if (node instanceof HBox || node instanceof VBox || node instanceof FlowPane || node instanceof GridPane
                || node instanceof TilePane) {
            overlaps((Parent) node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, inScroll);
            }
        }
    }

    private void labeled(Labeled labeled, boolean scrolled) {
        String text = labeled.getText();
        if (text == null || text.isBlank() || labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY
                || labeled.getStyleClass().contains(UiStyles.MAY_ELIDE) || hasMayElideAncestor(labeled)) {
            return;
        }
        Bounds bounds = labeled.localToScene(labeled.getLayoutBounds());
        if (bounds.getWidth() <= 0 || bounds.getHeight() <= 0) {
            return;
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            // The skin's own text node; an icon (a font glyph) is a Text too, but it is the graphic.
            if (child instanceof Text drawn && child.isVisible() && child != labeled.getGraphic()
                    && child.getClass().getSimpleName().equals("LabeledText")) {
                String shown = drawn.getText() == null ? "" : drawn.getText();
                if (!shown.replaceAll("\\s+", " ").strip().equals(text.replaceAll("\\s+", " ").strip())) {
                    problems.add(where + ": shortened '" + text + "' shown as '" + shown + "' ("
                            + describe(labeled) + ")");
                }
            }
        }
        // A tab title past the strip's end is not lost: the strip's menu lists it.
        if (!scrolled && !inTabStrip(labeled) && (bounds.getMaxX() > scene.getWidth() + TOLERANCE
                || bounds.getMaxY() > scene.getHeight() + TOLERANCE || bounds.getMinX() < -TOLERANCE)) {
            problems.add(where + ": '" + text + "' runs out of the window (" + describe(labeled) + ")");
        }
    }

    private void overlaps(Parent parent) {
        List<Node> shown = new ArrayList<>();
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child.isVisible() && child.isManaged() && child.getOpacity() > 0) {
                Bounds b = child.getBoundsInParent();
                if (b.getWidth() > TOLERANCE && b.getHeight() > TOLERANCE) {
                    shown.add(child);
                }
            }
        }
        for (int i = 0; i < shown.size(); i++) {
            for (int j = i + 1; j < shown.size(); j++) {
                Bounds a = shown.get(i).getBoundsInParent();
                Bounds b = shown.get(j).getBoundsInParent();
                double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                if (w > TOLERANCE && h > TOLERANCE) {
                    problems.add(where + ": " + describe(shown.get(i)) + " overlaps " + describe(shown.get(j))
                            + " in " + describe(parent));
                }
            }
        }
    }

    private static boolean inTabStrip(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p.getStyleClass().contains("tab-header-area")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasMayElideAncestor(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p.getStyleClass().contains(UiStyles.MAY_ELIDE)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Node node) {
        StringBuilder path = new StringBuilder();
        int depth = 0;
        for (Node n = node; n != null && depth < 4; n = n.getParent(), depth++) {
            String name = n.getId() != null ? "#" + n.getId() : n.getClass().getSimpleName();
            if (n instanceof Labeled l && l.getText() != null && n != node) {
                name += "'" + l.getText() + "'";
            }
            path.insert(0, depth == 0 ? name : name + " > ");
        }
        return path.toString();
    }
}
