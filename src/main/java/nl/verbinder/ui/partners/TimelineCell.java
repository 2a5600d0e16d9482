package nl.verbinder.ui.partners;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.fx.Icons;
import nl.verbinder.ui.fx.ItemCell;
import nl.verbinder.ui.fx.UiStyles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** A contact moment on the timeline: when, how and who; what was said, given and asked; what follows. */
final class TimelineCell extends ItemCell<TimelineEntry> {

    private final Label heading = new Label();
    private final Label who = new Label();
    private final Label summary = new Label();
    private final Label offered = new Label();
    private final Label asked = new Label();
    private final Label goals = new Label();
    private final Label followUp = new Label();
    private final VBox box = new VBox(4);
    private final UiContext context;

    TimelineCell(UiContext context) {
        this.context = context;
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        who.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        for (Label label : new Label[] {summary, offered, asked, goals, followUp, who}) {
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        offered.setGraphic(Icons.of(Material2AL.CARD_GIFTCARD, 14));
        asked.setGraphic(Icons.of(Material2MZ.QUESTION_ANSWER, 14));
        goals.setGraphic(Icons.of(Material2AL.FLAG, 14));
        goals.getStyleClass().add(Styles.TEXT_SMALL);
        HBox top = new HBox(8, heading);
        box.getChildren().addAll(top, who, summary, offered, asked, goals, followUp);
        box.getStyleClass().add(UiStyles.TIMELINE);
        setPrefWidth(0);
    }

    @Override
    protected Node show(TimelineEntry entry) {
        heading.setText(entry.date() + " · " + entry.kind());
        show(who, entry.who());
        summary.setText(entry.summary());
        show(offered, entry.offered() == null ? null : context.text("ui.timeline.offered", entry.offered()));
        show(asked, entry.asked() == null ? null : context.text("ui.timeline.asked", entry.asked()));
        show(goals, entry.goals().isEmpty() ? null : entry.goals());
        show(followUp, entry.followUp());
        followUp.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS, Styles.WARNING);
        FontIcon icon = switch (entry.followUpState()) {
            case OVERDUE -> Icons.of(Material2AL.ALARM, 14);
            case DONE -> Icons.of(Material2AL.CHECK_CIRCLE_OUTLINE, 14);
            default -> Icons.of(Material2MZ.SCHEDULE, 14);
        };
        followUp.setGraphic(icon);
        switch (entry.followUpState()) {
            case OVERDUE -> followUp.getStyleClass().add(Styles.DANGER);
            case DONE -> followUp.getStyleClass().add(Styles.SUCCESS);
            case OPEN -> followUp.getStyleClass().add(Styles.WARNING);
            default -> { }
        }
        box.maxWidthProperty().bind(getListView().widthProperty().subtract(36));
        return box;
    }

    private static void show(Label label, String text) {
        boolean has = text != null && !text.isBlank();
        label.setText(has ? text : "");
        label.setVisible(has);
        label.setManaged(has);
    }
}
