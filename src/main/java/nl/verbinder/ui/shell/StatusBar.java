package nl.verbinder.ui.shell;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import nl.verbinder.ui.fx.Tooltips;
import nl.verbinder.i18n.Messages;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.fx.Icons;
import nl.verbinder.ui.fx.UiStyles;
import org.kordamp.ikonli.material2.Material2MZ;

/** The bar at the bottom: which database file is open, and whether work is under way. */
public final class StatusBar {

    private final HBox box = new HBox(8);
    private final Messages messages;
    private final Label file;

    public StatusBar(Messages messages, Path database, boolean demo, ObservableBooleanValue busy) {
        this.messages = messages;
        box.getStyleClass().add(UiStyles.STATUS_BAR);
        box.setAlignment(Pos.CENTER_LEFT);
        // The file's name, not its path (which a therapist cannot use); the whole path in the tooltip.
        file = new Label(messages.get("ui.status.database", String.valueOf(database.getFileName())),
                Icons.of(Material2MZ.STORAGE, 14));
        file.setId("status-database");
        Tooltips.onHover(file, database.toString());
        file.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        file.setMinWidth(0);
        HBox.setHgrow(file, Priority.SOMETIMES);
        box.getChildren().add(file);
        if (demo) {
            Label badge = new Label(messages.get("ui.status.demo"));
            badge.getStyleClass().addAll(Styles.ACCENT, "badge");
            box.getChildren().add(badge);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(14, 14);
        working.visibleProperty().bind(busy);
        Label workingText = new Label(messages.get("ui.status.busy"));
        workingText.visibleProperty().bind(busy);
        workingText.getStyleClass().add(Styles.TEXT_MUTED);
        box.getChildren().addAll(spacer, working, workingText);
    }

    /**
     * The bar over the open database: its file (or practice server, and whether that is
     * reachable), who uses this computer at the left end, and what waits to be sent.
     */
    public static HBox of(UiContext context, DatabaseSession session, Node me, ObservableBooleanValue connected) {
        StatusBar status = new StatusBar(context.messages(), session.location(), session.isDemo(),
                context.tasks().busyProperty()).first(me);
        session.serverHost().ifPresent(host -> status.onServer(host, session.location().toString(), connected));
        status.node().getChildren().add(1, new OutboxStatus(context, new OutboxModel(context)).node());
        return status.node();
    }

    /**
     * The data lives on a practice server: "Praktijkserver host · verbonden", or, while the
     * connection is lost and being made again, says so.
     */
    public StatusBar onServer(String host, String address, ObservableBooleanValue connected) {
        file.textProperty().bind(Bindings.when(connected)
                .then(messages.get("ui.status.server", host))
                .otherwise(messages.get("ui.status.server.lost", host)));
        file.setGraphic(Icons.of(Material2MZ.STORAGE, 14));
        Tooltips.onHover(file, address);
        connected.addListener((obs, was, now) -> file.pseudoClassStateChanged(LOST, !now));
        file.pseudoClassStateChanged(LOST, !connected.get());
        return this;
    }

    private static final PseudoClass LOST = PseudoClass.getPseudoClass("lost");

    /** Adds a node at the bar's left end (who uses this computer). */
    public StatusBar first(Node node) {
        box.getChildren().add(0, node);
        return this;
    }

    public HBox node() {
        return box;
    }
}
