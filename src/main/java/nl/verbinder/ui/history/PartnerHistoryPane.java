package nl.verbinder.ui.history;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import nl.verbinder.service.HistoryLine;
import nl.verbinder.ui.area.UiContext;

/** The Geschiedenis tab of a partner: every change, newest first, in sentences. */
public final class PartnerHistoryPane {

    private final StackPane root = new StackPane();
    private final PartnerHistoryViewModel model;

    public PartnerHistoryPane(UiContext context) {
        this.model = new PartnerHistoryViewModel(context);
        ListView<HistoryLine> list = HistoryList.of(model.lines(), "partner-history");
        Label none = new Label(context.text("history.ui.none"));
        none.setWrapText(true);
        list.setPlaceholder(none);
        root.getChildren().add(list);
        root.setPadding(new Insets(8, 12, 8, 12));
    }

    public Node node() {
        return root;
    }

    public PartnerHistoryViewModel model() {
        return model;
    }
}
