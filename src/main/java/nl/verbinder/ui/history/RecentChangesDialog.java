package nl.verbinder.ui.history;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import nl.verbinder.service.HistoryLine;
import nl.verbinder.ui.area.UiContext;

/**
 * Recente wijzigingen: what the team changed, newest first, with filters for who, what kind
 * of record and the period; opened from the Beeld menu.
 */
public final class RecentChangesDialog extends Dialog<Void> {

    private final RecentChangesViewModel model;

    public RecentChangesDialog(UiContext context) {
        this.model = new RecentChangesViewModel(context);
        setTitle(context.text("history.ui.recent.title"));
        setHeaderText(context.text("history.ui.recent.header"));
        setResizable(true);

        ComboBox<RecentChangesViewModel.Who> who = new ComboBox<>(model.whoChoices());
        who.setId("changes-who");
        who.valueProperty().bindBidirectional(model.whoProperty());
        ComboBox<RecentChangesViewModel.Kind> kind = new ComboBox<>(model.kindChoices());
        kind.setId("changes-kind");
        kind.valueProperty().bindBidirectional(model.kindProperty());
        ComboBox<RecentChangesViewModel.Period> period = new ComboBox<>();
        period.getItems().setAll(RecentChangesViewModel.Period.values());
        period.setId("changes-period");
        period.setButtonCell(periodCell(context));
        period.setCellFactory(list -> periodCell(context));
        period.valueProperty().bindBidirectional(model.periodProperty());

        FlowPane filters = new FlowPane(8, 8, label(context, "history.ui.filter.who"), who,
                label(context, "history.ui.filter.kind"), kind, label(context, "history.ui.filter.period"), period);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setPadding(new Insets(0, 0, 8, 0));

        ListView<HistoryLine> list = HistoryList.of(model.lines(), "recent-changes");
        list.setPlaceholder(new Label(context.text("history.ui.none")));
        list.setPrefSize(640, 420);

        BorderPane content = new BorderPane(list);
        content.setTop(filters);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(new ButtonType(context.text("history.ui.close"),
                ButtonType.CLOSE.getButtonData()));
        model.start();
    }

    public RecentChangesViewModel model() {
        return model;
    }

    private static Label label(UiContext context, String key) {
        return new Label(context.text(key));
    }

    private static ListCell<RecentChangesViewModel.Period> periodCell(UiContext context) {
        return new ListCell<>() {
            @Override
            protected void updateItem(RecentChangesViewModel.Period item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : context.text(item.labelKey()));
            }
        };
    }
}
