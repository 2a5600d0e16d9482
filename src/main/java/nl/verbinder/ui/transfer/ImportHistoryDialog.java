package nl.verbinder.ui.transfer;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.verbinder.ui.area.AreaCss;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.fx.Theme;

/**
 * Every import (when, which file, from where, what it created and filled in) with "Ongedaan
 * maken" for the chosen one. A refused undo says why, record by record, in the dialog.
 */
final class ImportHistoryDialog {

    private final Dialog<Void> dialog = new Dialog<>();
    private final ImportHistoryModel model;

    ImportHistoryDialog(UiContext context) {
        this.model = new ImportHistoryModel(context);
        dialog.setTitle(context.text("transfer.ui.history.title"));
        dialog.setHeaderText(context.text("transfer.ui.history.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("import-history");

        TableView<HistoryRow> table = new TableView<>(model.rows());
        table.setId("history-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(context.text("transfer.ui.history.empty")));
        table.getColumns().add(column(context.text("transfer.ui.history.when"), HistoryRow::when, 130));
        table.getColumns().add(column(context.text("transfer.ui.history.file"), HistoryRow::file, 180));
        table.getColumns().add(column(context.text("transfer.ui.history.source"), HistoryRow::source, 130));
        table.getColumns().add(column(context.text("transfer.ui.history.created"), HistoryRow::created, 170));
        table.getColumns().add(column(context.text("transfer.ui.history.changed"), HistoryRow::changed, 170));
        table.getColumns().add(column(context.text("transfer.ui.history.state"), HistoryRow::state, 160));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button undo = new Button(context.text("transfer.ui.history.undo"));
        undo.setId("history-undo");
        undo.setTooltip(new Tooltip(context.text("transfer.ui.history.undo.tooltip")));
        undo.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            HistoryRow chosen = table.getSelectionModel().getSelectedItem();
            return chosen == null || !chosen.undoable();
        }, table.getSelectionModel().selectedItemProperty()));
        Label message = new Label();
        message.setId("history-message");
        message.setWrapText(true);
        message.textProperty().bind(model.message());
        undo.setOnAction(e -> {
            HistoryRow chosen = table.getSelectionModel().getSelectedItem();
            if (chosen == null) {
                return;
            }
            message.getStyleClass().remove(Styles.DANGER);
            if (context.dialogs().confirm(context.text("transfer.ui.history.undo"),
                    context.text("transfer.ui.history.undo.confirm", chosen.id(), chosen.file(), chosen.created()),
                    context.text("transfer.ui.history.undo.yes"))) {
                model.undo(chosen, () -> message.getStyleClass().add(Styles.DANGER));
            }
        });
        undo.setMinWidth(Region.USE_PREF_SIZE);
        message.setMinHeight(Region.USE_PREF_SIZE);
        HBox actions = new HBox(12, undo);
        actions.setAlignment(Pos.CENTER_LEFT);

        dialog.getDialogPane().setContent(new VBox(12, table, actions, message));
        dialog.getDialogPane().setPrefSize(980, 560);
        dialog.getDialogPane().setMinSize(640, 420);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(context.text("ui.action.close"), ButtonData.CANCEL_CLOSE));
        AreaCss.applyTo(dialog.getDialogPane());
        dialog.getDialogPane().getStylesheets().add(Theme.STYLESHEET);
        model.rows().addListener((ListChangeListener<HistoryRow>) c -> {
            if (table.getSelectionModel().isEmpty() && !model.rows().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        });
        model.load();
    }

    Dialog<Void> dialog() {
        return dialog;
    }

    private static TableColumn<HistoryRow, String> column(String title, Function<HistoryRow, String> value, double width) {
        TableColumn<HistoryRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
