package nl.verbinder.ui.moments;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.Therapist;
import nl.verbinder.domain.history.RecordKind;
import nl.verbinder.ui.area.AreaHeader;
import nl.verbinder.ui.area.AreaViewBase;
import nl.verbinder.ui.area.EmptyState;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.form.Choices;
import nl.verbinder.ui.form.DateField;
import nl.verbinder.ui.form.PartnerSearchField;
import nl.verbinder.ui.form.TypeToSelect;
import nl.verbinder.ui.fx.Icons;
import nl.verbinder.ui.fx.UiStyles;
import nl.verbinder.ui.history.RecordHistoryDialog;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The area Contactmomenten: every moment of the practice, newest first, filtered by period,
 * partner, therapist, kind and open follow-ups; the chosen one in full on the right.
 */
public final class MomentsView extends AreaViewBase<BorderPane, MomentsViewModel> implements MomentDetail.Actions {

    private final TableView<MomentRow> table = new TableView<>();
    private final MomentDetail detail;
    private final PartnerSearchField partner;
    private final Button clearFilters;

    public MomentsView(UiContext context) {
        super(context, new BorderPane(), new MomentsViewModel(context));
        this.detail = new MomentDetail(context, this);
        this.partner = new PartnerSearchField(context, context.text("areas.moments.filter.partner"));
        this.clearFilters = new Button(context.text("areas.moments.filter.clear"), Icons.of(Material2AL.CLEAR, 16));

        root.setTop(new VBox(header(), filters()));
        buildTable();
        HBox centre = new HBox(table, detail.node());
        HBox.setHgrow(table, Priority.ALWAYS);
        centre.setPadding(new Insets(0, 0, 0, 20));
        root.setCenter(centre);
        root.setBottom(footer());

        model.loadsProperty().addListener((obs, old, now) -> updatePlaceholder());
        model.selectedProperty().addListener((obs, old, row) -> {
            detail.show(row);
            if (row != null && table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null || model.rows().isEmpty()) {
                model.selectedProperty().set(row);
            }
        });
        updatePlaceholder();
    }

    /** The view model, for tests and the screenshots. */
    // Actions of the detail pane and the table

    @Override
    public void followUpDone(MomentRow row) {
        model.markFollowUpDone(row);
    }

    @Override
    public void edit(MomentRow row) {
        new MomentFormDialog(context, model.editor(row)).showAndWait();
        table.requestFocus();
    }

    @Override
    public void delete(MomentRow row) {
        model.delete(row);
    }

    @Override
    public void openPartner(MomentRow row) {
        model.openPartner(row);
    }

    @Override
    public void history(MomentRow row) {
        context.dialogs().show(new RecordHistoryDialog(context,
                RecordKind.CONTACT_MOMENT, row.id(), row.date() + " · " + row.partner()));
    }

    // Building

    private Node header() {
        Label count = new Label();
        count.textProperty().bind(model.countProperty());
        count.setId("moments-count");
        Button log = AreaHeader.accent(context.text("areas.moments.log"), Material2AL.ADD, null, model::logMoment);
        return new AreaHeader(context.text("ui.area.moments")).count(count).actions(log).node();
    }

    private Node filters() {
        MenuButton period = new MenuButton(context.text("areas.moments.filter.period"), Icons.of(Material2AL.DATE_RANGE, 16));
        period.setId("moments-period");
        for (MomentsViewModel.Period choice : MomentsViewModel.Period.values()) {
            MenuItem item = new MenuItem(context.text("areas.moments.period." + choice.name().toLowerCase().replace('_', '-')));
            item.setOnAction(e -> model.period(choice));
            period.getItems().add(item);
        }
        DateField from = new DateField(context.messages());
        from.setId("moments-from");
        from.setPromptText(context.text("areas.moments.filter.from"));
        from.setAccessibleText(context.text("areas.moments.filter.from"));
        from.valueProperty().bindBidirectional(model.fromProperty());
        from.setPrefWidth(140);
        DateField to = new DateField(context.messages());
        to.setId("moments-to");
        to.setPromptText(context.text("areas.moments.filter.to"));
        to.setAccessibleText(context.text("areas.moments.filter.to"));
        to.valueProperty().bindBidirectional(model.toProperty());
        to.setPrefWidth(140);

        partner.node().setId("moments-partner");
        partner.node().setPrefWidth(220);
        partner.selectedProperty().addListener((obs, old, chosen) -> model.partnerProperty().set(chosen));
        model.partnerProperty().addListener((obs, old, chosen) -> {
            if (partner.selected() != chosen) {
                partner.select(chosen);
            }
        });

        ComboBox<Therapist> therapist = new ComboBox<>();
        therapist.setId("moments-therapist");
        therapist.setPromptText(context.text("areas.moments.filter.therapist"));
        therapist.setAccessibleText(context.text("areas.moments.filter.therapist"));
        String everyone = context.text("areas.moments.filter.all-therapists");
        therapist.setConverter(Choices.converter(Therapist::name, everyone));
        model.therapists().addListener((ListChangeListener<Therapist>) c -> {
            Therapist chosen = model.therapistProperty().get();
            var items = FXCollections.<Therapist>observableArrayList();
            items.add(null);
            items.addAll(model.therapists());
            therapist.setItems(items);
            therapist.setValue(chosen == null ? null
                    : model.therapists().stream().filter(t -> t.id().equals(chosen.id())).findFirst().orElse(null));
        });
        therapist.valueProperty().addListener((obs, old, chosen) -> {
            Therapist current = model.therapistProperty().get();
            boolean same = chosen == null ? current == null : current != null && current.id().equals(chosen.id());
            if (!same) {
                model.therapistProperty().set(chosen);
            }
        });
        model.therapistProperty().addListener((obs, old, chosen) -> {
            if (chosen == null) {
                therapist.setValue(null);
            }
        });

        ComboBox<ContactKind> kind = new ComboBox<>();
        kind.setId("moments-kind");
        kind.setAccessibleText(context.text("field.kind"));
        Choices.coded(kind, ContactKind.class, context.messages(), context.text("areas.moments.filter.all-kinds"), false);
        kind.valueProperty().bindBidirectional(model.kindProperty());
        TypeToSelect.install(kind);
        TypeToSelect.install(therapist);

        CheckBox open = new CheckBox(context.text("areas.moments.filter.open"));
        open.setId("moments-open");
        open.selectedProperty().bindBidirectional(model.openFollowUpsOnlyProperty());

        clearFilters.getStyleClass().add(Styles.FLAT);
        clearFilters.setId("moments-clear");
        clearFilters.setOnAction(e -> model.clearFilters());
        clearFilters.setVisible(false);
        clearFilters.setManaged(false);

        FlowPane bar = new FlowPane(8, 8, period, from, to, partner.node(), therapist, kind, open, clearFilters);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 20, 12, 20));
        return bar;
    }

    private void buildTable() {
        table.setId("moments-table");
        table.setItems(model.rows());
        table.setFixedCellSize(58);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<MomentRow, MomentRow> date = column("field.date", 150, true);
        date.setCellFactory(c -> new TwoLineCell(MomentRow::date, r -> "", MomentRow::kind, r -> null));
        TableColumn<MomentRow, MomentRow> moment = column("areas.moments.column.moment", 300, false);
        moment.setCellFactory(c -> new TwoLineCell(MomentRow::partner, r -> "", MomentRow::summary, r -> null));
        TableColumn<MomentRow, MomentRow> followUp = column("field.followUp", 200, true);
        followUp.setCellFactory(c -> new TwoLineCell(MomentRow::followUpState, r -> "", MomentRow::followUp,
                r -> switch (r.state()) {
                    case LATE -> Styles.DANGER;
                    case DONE -> Styles.SUCCESS;
                    case OPEN -> Styles.ACCENT;
                    case NONE -> null;
                }));
        table.getColumns().addAll(List.of(date, moment, followUp));
        table.setRowFactory(t -> {
            TableRow<MomentRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    edit(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            MomentRow chosen = table.getSelectionModel().getSelectedItem();
            if (chosen == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                edit(chosen);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                delete(chosen);
                e.consume();
            }
        });
        table.setContextMenu(contextMenu());
    }

    private ContextMenu contextMenu() {
        MenuItem done = new MenuItem(context.text("areas.moments.action.done"));
        done.setOnAction(e -> withChosen(this::followUpDone));
        MenuItem edit = new MenuItem(context.text("areas.action.edit"));
        edit.setOnAction(e -> withChosen(this::edit));
        MenuItem open = new MenuItem(context.text("areas.action.open-partner"));
        open.setOnAction(e -> withChosen(this::openPartner));
        MenuItem history = new MenuItem(context.text("history.ui.record.action"));
        history.setOnAction(e -> withChosen(this::history));
        MenuItem delete = new MenuItem(context.text("areas.action.delete"));
        delete.setOnAction(e -> withChosen(this::delete));
        ContextMenu menu = new ContextMenu(done, edit, open, history, delete);
        menu.setOnShowing(e -> {
            MomentRow chosen = table.getSelectionModel().getSelectedItem();
            done.setDisable(chosen == null || chosen.state() == MomentRow.FollowUp.NONE
                    || chosen.state() == MomentRow.FollowUp.DONE);
        });
        return menu;
    }

    private void withChosen(Consumer<MomentRow> action) {
        MomentRow chosen = table.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            action.accept(chosen);
        }
    }

    private Node footer() {
        Button more = new Button();
        more.textProperty().bind(model.moreTextProperty());
        more.setId("moments-more");
        more.getStyleClass().add(Styles.FLAT);
        more.visibleProperty().bind(model.moreProperty());
        more.managedProperty().bind(model.moreProperty());
        more.setOnAction(e -> model.loadMore());
        HBox footer = new HBox(more);
        footer.setAlignment(Pos.CENTER);
        footer.setPadding(new Insets(6, 20, 10, 20));
        return footer;
    }

    /** A column whose cells show the row; a fixed one keeps its width, the other takes the rest. */
    private TableColumn<MomentRow, MomentRow> column(String titleKey, double width, boolean fixed) {
        TableColumn<MomentRow, MomentRow> column = new TableColumn<>(context.text(titleKey));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setPrefWidth(width);
        column.setMinWidth(fixed ? width : 160);
        if (fixed) {
            column.setMaxWidth(width);
        }
        column.setSortable(false);
        column.setReorderable(false);
        return column;
    }

    private void updatePlaceholder() {
        boolean filtered = model.filtersActive();
        clearFilters.setVisible(filtered);
        clearFilters.setManaged(filtered);
        if (!model.loadedProperty().get()) {
            table.setPlaceholder(new Label(""));
        } else if (filtered) {
            table.setPlaceholder(new EmptyState(Material2MZ.SEARCH_OFF, context.text("areas.moments.empty.filtered.title"),
                    context.text("areas.moments.empty.filtered.text"))
                    .withAction(context.text("areas.moments.filter.clear"), model::clearFilters));
        } else {
            table.setPlaceholder(new EmptyState(Material2AL.CHAT_BUBBLE_OUTLINE, context.text("areas.moments.empty.title"),
                    context.text("areas.moments.empty.text"))
                    .withAction(context.text("areas.moments.log"), model::logMoment));
        }
    }

    /**
     * Two lines in a cell: a bold first line with an optional muted addition, and a second line.
     * The texts come ready from the row; the style of the first line says a follow-up's state.
     */
    private static final class TwoLineCell extends TableCell<MomentRow, MomentRow> {
        private final Function<MomentRow, String> first;
        private final Function<MomentRow, String> extra;
        private final Function<MomentRow, String> second;
        private final Function<MomentRow, String> firstStyle;
        private final Label firstLabel = new Label();
        private final Label extraLabel = new Label();
        private final Label secondLabel = new Label();
        private final Tooltip tooltip = new Tooltip();
        private final VBox box;

        TwoLineCell(Function<MomentRow, String> first, Function<MomentRow, String> extra,
                    Function<MomentRow, String> second, Function<MomentRow, String> firstStyle) {
            this.first = first;
            this.extra = extra;
            this.second = second;
            this.firstStyle = firstStyle;
            firstLabel.getStyleClass().add(Styles.TEXT_BOLD);
            firstLabel.setMinWidth(0);
            extraLabel.getStyleClass().add(Styles.TEXT_MUTED);
            extraLabel.setMinWidth(0);
            secondLabel.setMinWidth(0);
            HBox top = new HBox(8, firstLabel, extraLabel);
            HBox.setHgrow(extraLabel, Priority.SOMETIMES);
            firstLabel.setMaxWidth(Region.USE_PREF_SIZE);
            box = new VBox(2, top, secondLabel);
            box.setMinWidth(0);
            // A list row: the whole text is in the tooltip and in the detail beside the list.
            box.getStyleClass().add(UiStyles.MAY_ELIDE);
            // Partner names keep their distinguishing end.
            firstLabel.setTextOverrun(OverrunStyle.CENTER_WORD_ELLIPSIS);
        }

        @Override
        protected void updateItem(MomentRow row, boolean empty) {
            super.updateItem(row, empty);
            firstLabel.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS, Styles.ACCENT);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            firstLabel.setText(first.apply(row));
            extraLabel.setText(extra.apply(row));
            secondLabel.setText(second.apply(row));
            // Long names and summaries are cut off in the cell; the tooltip shows them whole.
            tooltip.setText(firstLabel.getText() + "\n" + secondLabel.getText());
            setTooltip(firstLabel.getText().isEmpty() && secondLabel.getText().isEmpty() ? null : tooltip);
            String style = firstStyle.apply(row);
            if (style != null) {
                firstLabel.getStyleClass().add(style);
            }
            setText(null);
            setGraphic(box);
        }
    }
}
