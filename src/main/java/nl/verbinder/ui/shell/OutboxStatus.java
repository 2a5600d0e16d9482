package nl.verbinder.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import nl.verbinder.ui.fx.Tooltips;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.fx.Icons;
import org.kordamp.ikonli.material2.Material2MZ;

/** The status bar's note of contact moments waiting to be sent to the practice server; hidden when none wait. */
public final class OutboxStatus {

    private final Label label = new Label();

    public OutboxStatus(UiContext context, OutboxModel model) {
        label.setId("status-outbox");
        label.setGraphic(Icons.of(Material2MZ.SCHEDULE, 14));
        label.getStyleClass().add(Styles.WARNING);
        label.textProperty().bind(model.textProperty());
        label.visibleProperty().bind(model.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        Tooltips.onHover(label, context.text("ui.outbox.tooltip"));
        label.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                model.stop();
            } else {
                model.count();
            }
        });
    }

    public Label node() {
        return label;
    }
}
