package nl.verbinder.ui.partners;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.fx.UiStyles;

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
        // Room for a name on two lines and its category and city under it.
        table.setFixedCellSize(62);
        // The name takes what the other columns (held near their width) leave: it is what people scan.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        TableColumn<PartnerRow, PartnerRow> name = new TableColumn<>(context.text("ui.partners.column.name"));
        name.setId("column-name");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        name.setComparator(Comparator.comparing(PartnerRow::name, collator));
        name.setCellFactory(column -> new NameCell());
        name.setPrefWidth(260);
        name.setMinWidth(160);

        TableColumn<PartnerRow, String> status = text(context.text("ui.partners.column.status"), PartnerRow::statusText, collator);
        status.setPrefWidth(84);
        status.setMinWidth(84);
        status.setMaxWidth(110);
        TableColumn<PartnerRow, String> owner = text(context.text("ui.partners.column.owner"), PartnerRow::owner, collator);
        owner.setPrefWidth(140);
        owner.setMinWidth(130);
        owner.setMaxWidth(170);

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
        last.setMaxWidth(150);

        table.getColumns().addAll(name, status, owner, last);
        // In a narrow pane the status and then the owner step aside (both are filters above the
        // table and in the partner's details), so the name keeps its room.
        status.visibleProperty().bind(table.widthProperty().isEqualTo(0).or(table.widthProperty().greaterThan(640)));
        owner.visibleProperty().bind(table.widthProperty().isEqualTo(0).or(table.widthProperty().greaterThan(520)));
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
        // A rare long value is shortened, with the whole in the tooltip (the detail pane shows it too).
        column.setCellFactory(c -> new TableCell<>() {
            {
                getStyleClass().add(UiStyles.MAY_ELIDE);
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        return column;
    }

    /**
     * The partner's name in bold, on up to two lines and shortened in the middle when even that
     * is too little (so "Huisartsenpraktijk … Noord" keeps the part that tells it apart), with
     * its category and city under it; the full name as a tooltip.
     */
    private static final class NameCell extends TableCell<PartnerRow, PartnerRow> {
        private final Label name = new Label();
        private final Label subtitle = new Label();
        private final VBox box = new VBox(1, name, subtitle);
        private final Tooltip tooltip = new Tooltip();

        NameCell() {
            name.getStyleClass().add(Styles.TEXT_BOLD);
            name.setWrapText(true);
            name.setTextOverrun(OverrunStyle.CENTER_WORD_ELLIPSIS);
            name.setMaxHeight(Region.USE_PREF_SIZE);
            subtitle.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            subtitle.setTextOverrun(OverrunStyle.CENTER_WORD_ELLIPSIS);
            name.setMinWidth(0);
            subtitle.setMinWidth(0);
            box.setMinWidth(0);
            // Shortened in the middle only when two lines are not enough; the whole name is in the tooltip.
            box.getStyleClass().add(UiStyles.MAY_ELIDE);
            box.setAlignment(Pos.CENTER_LEFT);
            setAlignment(Pos.CENTER_LEFT);
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
