package nl.verbinder.ui.attention;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.verbinder.ui.common.AreaCss;
import nl.verbinder.ui.common.AreaView;
import nl.verbinder.ui.common.EmptyState;
import nl.verbinder.ui.common.Icons;
import nl.verbinder.ui.common.UiContext;
import nl.verbinder.ui.common.UiStyles;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The area Aandacht, for now a plain list: partners with no contact in longer than their
 * rhythm, most overdue first. The attention engine will replace this view.
 */
public final class AttentionView implements AreaView {

    private final UiContext context;
    private final AttentionViewModel model;
    private final StackPane root = new StackPane();
    private final BorderPane content = new BorderPane();
    private final TableView<AttentionRow> table = new TableView<>();
    private final Label count = new Label();

    public AttentionView(UiContext context) {
        this.context = context;
        this.model = new AttentionViewModel(context);

        Label title = new Label(context.text("ui.area.attention"));
        title.getStyleClass().add(Styles.TITLE_3);
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.setId("attention-count");
        HBox header = new HBox(12, title, count);
        header.getStyleClass().add(UiStyles.AREA_HEADER);
        Label hint = new Label(context.text("areas.attention.hint"));
        hint.getStyleClass().add(UiStyles.HINT);
        hint.setWrapText(true);
        hint.setPadding(new Insets(0, 20, 8, 20));
        content.setTop(new VBox(header, hint));
        buildTable();
        BorderPane.setMargin(table, new Insets(0, 20, 0, 20));
        content.setCenter(table);
        content.setBottom(buttons());
        root.getChildren().add(content);

        model.rows().addListener((javafx.collections.ListChangeListener<AttentionRow>) c -> refresh());
        model.loadedProperty().addListener((obs, old, loaded) -> refresh());
        AreaCss.applyTo(root);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        model.load();
    }

    public AttentionViewModel model() {
        return model;
    }

    private void refresh() {
        if (!model.loadedProperty().get()) {
            return;
        }
        count.setText(context.text("areas.attention.count", model.rows().size()));
        if (!model.rows().isEmpty()) {
            root.getChildren().setAll(content);
            if (table.getSelectionModel().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        } else if (model.anyPartnersProperty().get()) {
            root.getChildren().setAll(new EmptyState(Material2AL.CHECK_CIRCLE_OUTLINE,
                    context.text("areas.attention.empty.title"), context.text("areas.attention.empty.text")));
        } else {
            root.getChildren().setAll(new EmptyState(Material2AL.ALARM, context.text("areas.attention.first.title"),
                    context.text("areas.attention.first.text"))
                    .withAction(context.text("areas.attention.first.action"), model::showPartners));
        }
    }

    private void buildTable() {
        table.setId("attention-table");
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(column("field.partner", AttentionRow::name, 280));
        table.getColumns().add(column("field.category", AttentionRow::category, 170));
        table.getColumns().add(column("field.owner", AttentionRow::owner, 140));
        TableColumn<AttentionRow, LocalDate> last = new TableColumn<>(context.text("areas.attention.column.last"));
        last.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().lastContact()));
        last.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setText(empty ? null : date == null ? context.text("areas.attention.never") : context.date(date));
            }
        });
        last.setComparator(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        last.setPrefWidth(140);
        last.setMinWidth(140);
        table.getColumns().add(last);
        TableColumn<AttentionRow, Integer> rhythm = new TableColumn<>(context.text("areas.attention.column.rhythm"));
        rhythm.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().rhythmDays()));
        rhythm.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer days, boolean empty) {
                super.updateItem(days, empty);
                setText(empty || days == null ? null : context.text("areas.attention.days", days));
            }
        });
        rhythm.setPrefWidth(130);
        rhythm.setMinWidth(130);
        table.getColumns().add(rhythm);
        TableColumn<AttentionRow, Integer> overdue = new TableColumn<>(context.text("areas.attention.column.overdue"));
        overdue.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().daysOverdue()));
        overdue.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer days, boolean empty) {
                super.updateItem(days, empty);
                getStyleClass().remove("overdue-days");
                if (empty) {
                    setText(null);
                    return;
                }
                setText(days == null ? context.text("areas.attention.no-contact")
                        : context.text("areas.attention.days", days));
                getStyleClass().add("overdue-days");
            }
        });
        overdue.setComparator(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        overdue.setPrefWidth(140);
        overdue.setMinWidth(140);
        table.getColumns().add(overdue);
        table.setRowFactory(t -> {
            TableRow<AttentionRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    model.openPartner(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            AttentionRow chosen = table.getSelectionModel().getSelectedItem();
            if (chosen != null && e.getCode() == KeyCode.ENTER) {
                model.openPartner(chosen);
                e.consume();
            }
        });
    }

    private Node buttons() {
        Button open = new Button(context.text("areas.action.open-partner"), Icons.of(Material2MZ.OPEN_IN_NEW, 16));
        open.setId("attention-open");
        open.setOnAction(e -> withChosen(model::openPartner));
        Button log = new Button(context.text("areas.attention.log"), Icons.of(Material2AL.ADD_COMMENT, 16));
        log.getStyleClass().add(Styles.ACCENT);
        log.setOnAction(e -> withChosen(model::logMoment));
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        log.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        HBox bar = new HBox(10, log, open);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 20, 16, 20));
        return bar;
    }

    private void withChosen(java.util.function.Consumer<AttentionRow> action) {
        AttentionRow chosen = table.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            action.accept(chosen);
        }
    }

    private TableColumn<AttentionRow, String> column(String titleKey, Function<AttentionRow, String> value,
                                                     double width) {
        TableColumn<AttentionRow, String> column = new TableColumn<>(context.text(titleKey));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 150));
        return column;
    }
}
