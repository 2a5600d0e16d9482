package nl.verbinder.ui.history;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.verbinder.service.HistoryLine;
import nl.verbinder.ui.area.UiContext;

/** The Geschiedenis tab of a partner: its changes, newest first, in sentences, a page at a time. */
public final class PartnerHistoryPane {

    private final StackPane root = new StackPane();
    private final PartnerHistoryViewModel model;

    public PartnerHistoryPane(UiContext context) {
        this.model = new PartnerHistoryViewModel(context);
        ListView<HistoryLine> list = HistoryList.of(model.lines(), "partner-history");
        Label none = new Label(context.text("history.ui.none"));
        none.setWrapText(true);
        list.setPlaceholder(none);
        Hyperlink older = new Hyperlink(context.text("history.ui.older"));
        older.setId("partner-history-older");
        older.visibleProperty().bind(model.moreProperty());
        older.managedProperty().bind(older.visibleProperty());
        older.setOnAction(e -> model.showOlder());
        VBox box = new VBox(4, list, older);
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().add(box);
        root.setPadding(new Insets(8, 12, 8, 12));
    }

    public Node node() {
        return root;
    }

    public PartnerHistoryViewModel model() {
        return model;
    }
}
