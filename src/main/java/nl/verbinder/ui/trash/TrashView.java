package nl.verbinder.ui.trash;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.verbinder.ui.area.AreaHeader;
import nl.verbinder.ui.area.AreaViewBase;
import nl.verbinder.ui.area.EmptyState;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.fx.Icons;
import nl.verbinder.ui.fx.Labels;
import nl.verbinder.ui.fx.Nodes;
import nl.verbinder.ui.fx.UiStyles;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The area Prullenbak: deleted partners, contact moments, goals, notes and contact persons, to restore or to delete for good. */
public final class TrashView extends AreaViewBase<StackPane, TrashViewModel> {

    private final BorderPane content = new BorderPane();
    private final TableView<TrashRow> table = new TableView<>();
    private final Label count = new Label();
    private final Node empty;

    public TrashView(UiContext context) {
        super(context, new StackPane(), new TrashViewModel(context));
        this.empty = new EmptyState(Material2AL.DELETE_OUTLINE, context.text("areas.trash.empty.title"),
                context.text("areas.trash.empty.text"));

        Node header = new AreaHeader(context.text("ui.area.trash")).count(count).node();
        Label hint = Labels.wrapped(context.text("areas.trash.hint"), UiStyles.HINT);
        hint.setPadding(new Insets(0, 20, 8, 20));
        content.setTop(new VBox(header, hint));

        buildTable();
        BorderPane.setMargin(table, new Insets(0, 20, 0, 20));
        content.setCenter(table);
        content.setBottom(buttons());
        root.getChildren().add(content);

        model.rows().addListener((ListChangeListener<TrashRow>) c -> refresh());
        model.loadedProperty().addListener((obs, old, loaded) -> refresh());
    }

    private void refresh() {
        boolean none = model.loadedProperty().get() && model.rows().isEmpty();
        root.getChildren().setAll(none ? empty : content);
        count.setText(context.text("areas.trash.count", model.rows().size()));
        if (!model.rows().isEmpty() && table.getSelectionModel().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }

    private void buildTable() {
        table.setId("trash-table");
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(column("areas.trash.column.kind", TrashRow::kind, 150));
        table.getColumns().add(column("field.name", TrashRow::name, 280));
        table.getColumns().add(column("areas.trash.column.details", TrashRow::details, 220));
        table.getColumns().add(dateColumn("areas.trash.column.deleted", TrashRow::deletedOn, "", 125));
        TableColumn<TrashRow, Integer> persons = new TableColumn<>(context.text("field.contactPersons"));
        persons.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().contactPersons()));
        persons.setPrefWidth(150);
        persons.setMinWidth(150);
        persons.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(persons);
        TableColumn<TrashRow, LocalDate> lastContact = dateColumn("areas.trash.column.last-contact",
                TrashRow::lastContact, context.text("areas.trash.never"), 140);
        // "Nooit" is said of partners only: other records have no last contact of their own.
        lastContact.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                TrashRow row = empty ? null : getTableRow().getItem();
                setText(row == null || !row.isPartner() ? null
                        : date == null ? context.text("areas.trash.never") : context.date(date));
            }
        });
        table.getColumns().add(lastContact);
        table.setOnKeyPressed(e -> {
            TrashRow chosen = table.getSelectionModel().getSelectedItem();
            if (chosen == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                model.restore(chosen);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                model.deleteForGood(chosen);
                e.consume();
            }
        });
    }

    private Node buttons() {
        Button restore = new Button(context.text("areas.trash.restore"), Icons.of(Material2MZ.RESTORE_FROM_TRASH, 16));
        restore.getStyleClass().add(Styles.ACCENT);
        restore.setId("trash-restore");
        restore.setOnAction(e -> withChosen(model::restore));
        Button delete = new Button(context.text("areas.trash.delete"), Icons.of(Material2AL.DELETE_FOREVER, 16));
        delete.getStyleClass().add(Styles.DANGER);
        delete.setId("trash-delete");
        delete.setOnAction(e -> withChosen(model::deleteForGood));
        restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Region spacer = Nodes.spacer();
        HBox bar = new HBox(10, restore, spacer, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 20, 16, 20));
        return bar;
    }

    private void withChosen(Consumer<TrashRow> action) {
        TrashRow chosen = table.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            action.accept(chosen);
        }
    }

    private TableColumn<TrashRow, String> column(String titleKey, Function<TrashRow, String> value, double width) {
        TableColumn<TrashRow, String> column = new TableColumn<>(context.text(titleKey));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 120));
        return column;
    }

    private TableColumn<TrashRow, LocalDate> dateColumn(String titleKey, Function<TrashRow, LocalDate> value,
                                                        String none, double width) {
        TableColumn<TrashRow, LocalDate> column = new TableColumn<>(context.text(titleKey));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setText(empty ? null : date == null ? none : context.date(date));
            }
        });
        column.setPrefWidth(width);
        column.setMinWidth(width);
        return column;
    }
}
