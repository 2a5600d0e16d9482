package nl.verbinder.ui.attention;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.verbinder.ui.fx.ItemCell;

/**
 * One item of the attention list: the urgency marker (colour and word), the partner's name,
 * category, owner and last contact, and each reason's sentence. Nodes are made once per cell
 * and only their texts change, so scrolling through thousands of items stays smooth.
 */
final class AttentionCell extends ItemCell<AttentionRow> {

    private final Label marker = new Label();
    private final Hyperlink name = new Hyperlink();
    private final Label meta = new Label();
    private final Label reasons = new Label();
    private final Label snooze = new Label();
    private final HBox box;

    /** The marker's width, the gaps and the scroll bar: what the texts leave of the list's width. */
    private static final double TEXT_INSET = 150;

    AttentionCell(ListView<AttentionRow> list, Consumer<AttentionRow> open) {
        // The partner's name opens the partner.
        name.setOnAction(e -> {
            if (getItem() != null) {
                open.accept(getItem());
            }
        });
        name.setFocusTraversable(false);
        name.setPadding(Insets.EMPTY);
        marker.getStyleClass().add("urgency-marker");
        marker.setMinWidth(Region.USE_PREF_SIZE);
        name.getStyleClass().addAll(Styles.TEXT_BOLD, "attention-name");
        meta.getStyleClass().add(Styles.TEXT_MUTED);
        snooze.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_ITALIC);
        VBox text = new VBox(2, name, meta, reasons, snooze);
        // Wrap at the list's width: a label's height follows its preferred width.
        for (Labeled label : new Labeled[] {name, meta, reasons, snooze}) {
            label.setWrapText(true);
            label.prefWidthProperty().bind(list.widthProperty().subtract(TEXT_INSET));
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        box = new HBox(12, marker, text);
        box.setAlignment(Pos.TOP_LEFT);
        box.setPadding(new Insets(4, 4, 4, 0));
        setPrefWidth(0);
    }

    @Override
    protected Node show(AttentionRow row) {
        marker.setText(row.levelText());
        marker.getStyleClass().removeAll("urgency-fine", "urgency-attention", "urgency-urgent");
        marker.getStyleClass().add(row.level().styleClass());
        name.setText(row.name());
        meta.setText(row.meta());
        reasons.setText("• " + String.join("\n• ", row.reasons()));
        snooze.setText(row.snooze());
        snooze.setVisible(row.snooze() != null);
        snooze.setManaged(row.snooze() != null);
        // What a screen reader says: the marker's word, the partner, why.
        setAccessibleText(row.levelText() + ", " + row.name() + ": " + String.join("; ", row.reasons()));
        return box;
    }
}
