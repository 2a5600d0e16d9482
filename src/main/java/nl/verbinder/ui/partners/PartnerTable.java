package nl.verbinder.ui.partners;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import nl.verbinder.ui.area.UiContext;

/**
 * The partner table: virtualised (only visible rows have cells), sortable by every column,
 * several rows selectable. Cells show the texts the view model prepared.
 */
final class PartnerTable {

    private final TableView<PartnerRow> table = new TableView<>();

    PartnerTable(UiContext context, PartnerListViewModel model) {
        Collator collator = Collator.getInstance(context.messages().locale());
        collator.setStrength(Collator.SECONDARY);
        table.setId("partner-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setFixedCellSize(46);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<PartnerRow, PartnerRow> name = new TableColumn<>(context.text("ui.partners.column.name"));
        name.setId("column-name");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        name.setComparator(Comparator.comparing(PartnerRow::name, collator));
        name.setCellFactory(column -> new NameCell());
        name.setPrefWidth(188);
        name.setMinWidth(140);

        TableColumn<PartnerRow, String> status = text(context.text("ui.partners.column.status"), PartnerRow::statusText, collator);
        status.setPrefWidth(75);
        status.setMinWidth(60);
        TableColumn<PartnerRow, String> owner = text(context.text("ui.partners.column.owner"), PartnerRow::owner, collator);
        owner.setPrefWidth(120);
        owner.setMinWidth(70);

        TableColumn<PartnerRow, LocalDate> last = new TableColumn<>(context.text("ui.partners.column.last-contact"));
        last.setId("column-last-contact");
        last.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().lastContact()));
        last.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        String never = context.text("ui.partners.never");
        last.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                if (empty || getTableRow() == null || getTableRow().getItem() == null) {
                    setText(null);
                } else {
                    setText(date == null ? never : context.date(date));
                }
            }
        });
        last.setPrefWidth(142);
        last.setMinWidth(138);

        table.getColumns().addAll(name, status, owner, last);
        SortedList<PartnerRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSortOrder().add(name);
    }

    TableView<PartnerRow> node() {
        return table;
    }

    private static TableColumn<PartnerRow, String> text(String title, Function<PartnerRow, String> value,
                                                        Collator collator) {
        TableColumn<PartnerRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setComparator(collator::compare);
        return column;
    }

    /** The partner's name in bold, with its category and city under it; the full name as a tooltip. */
    private static final class NameCell extends TableCell<PartnerRow, PartnerRow> {
        private final Label name = new Label();
        private final Label subtitle = new Label();
        private final VBox box = new VBox(1, name, subtitle);
        private final Tooltip tooltip = new Tooltip();

        NameCell() {
            name.getStyleClass().add(Styles.TEXT_BOLD);
            subtitle.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            name.setMinWidth(0);
            subtitle.setMinWidth(0);
            box.setMinWidth(0);
        }

        @Override
        protected void updateItem(PartnerRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            name.setText(row.name());
            subtitle.setText(row.subtitle());
            tooltip.setText(row.name() + "\n" + row.subtitle());
            setTooltip(tooltip);
            setGraphic(box);
        }
    }
}
