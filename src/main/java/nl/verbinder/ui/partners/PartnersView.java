package nl.verbinder.ui.partners;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerDuplicate;
import nl.verbinder.domain.search.SearchKind;
import nl.verbinder.ui.area.AreaView;
import nl.verbinder.ui.area.Changes;
import nl.verbinder.ui.area.EmptyState;
import nl.verbinder.ui.area.RecentItems;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.fx.Icons;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Partners area: the searchable, filterable table on the left; on the right the chosen
 * partner's detail pane, or what can be done with several chosen partners at once. Keeps
 * the selection across reloads, asks before an unsaved edit is lost, and offers undo after
 * moving partners to the trash.
 */
public final class PartnersView implements AreaView, PartnerActions {

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    /** Save is Ctrl+Enter, as in every form. */
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);

    private final UiContext context;
    private final PartnerListViewModel list;
    private final PartnerDetailViewModel detail;
    private final PartnerFilterBar filters;
    private final TableView<PartnerRow> table;
    /** The chosen partner's pane: made when first shown, not at start (it is hidden until a partner is chosen). */
    private PartnerDetailView detailView;
    private final StackPane right = new StackPane();
    private final VBox selectionPane = new VBox(12);
    private final Node hint;
    private final HBox duplicatesBanner = new HBox(8);
    private final SplitPane root = new SplitPane();
    private Set<Long> keep = Set.of();
    private Set<Long> wanted = Set.of();
    private List<Long> selected = List.of();
    private boolean restoring;

    /** The partner list's view model, for tests that look at what it did (a whole list or some rows). */
    public PartnerListViewModel listModel() {
        return list;
    }

    public PartnersView(UiContext context) {
        this.context = context;
        this.list = new PartnerListViewModel(context);
        this.detail = new PartnerDetailViewModel(context);
        this.filters = new PartnerFilterBar(context, list, this::startNew, this::export);
        this.table = new PartnerTable(context, list).node();
        this.hint = new EmptyState(Material2AL.GROUP, context.text("ui.partners.choose.title"),
                context.text("ui.partners.choose.text"));

        VBox left = new VBox(10, filters.node(), duplicatesBanner, table);
        left.setPadding(new Insets(16, 12, 12, 20));
        left.setMinWidth(380);
        right.setMinWidth(430);
        VBox.setVgrow(table, Priority.ALWAYS);
        duplicatesBanner();
        root.getItems().addAll(left, right);
        // Every partner opened here is a recent item of "Zoeken in alles".
        detail.partnerProperty().addListener((obs, old, now) -> {
            if (now != null && (old == null || old.id() != now.id())) {
                RecentItems.opened(context, SearchKind.PARTNER, now.id());
            }
        });
        root.setDividerPositions(0.58);
        root.setId("partners-area");

        placeholders();
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<PartnerRow>) c -> selectionChanged());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                trash(rows(table.getSelectionModel().getSelectedItems()));
            }
        });
        list.onLoad(this::beforeLoad, this::afterLoad);
        detail.onCreated(id -> wanted = Set.of(id));
        detail.modeProperty().addListener((obs, old, mode) -> showRight());
        list.duplicates().addListener((ListChangeListener<PartnerDuplicate>) c -> {
            if (detailView != null) {
                detailView.duplicates(List.copyOf(list.duplicates()));
            }
            duplicatesBanner();
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (FIND.match(e)) {
                e.consume();
                filters.focusSearch();
            } else if (NEW.match(e)) {
                e.consume();
                startNew();
            } else if (SAVE.match(e)) {
                e.consume();
                detail.save();
            } else if (e.getCode() == KeyCode.ESCAPE && detail.modeProperty().get() == PartnerDetailViewModel.Mode.NEW
                    && detail.unsaved().mayDiscard()) {
                // Escape closes the new-partner form, as it closes every form (asking first when typed in).
                e.consume();
                detail.revert();
            } else if (EXPORT.match(e)) {
                e.consume();
                export();
            }
        });
        context.changes().listenRows(Changes.Topic.PARTNERS, this::refresh, this::refreshRows);
        context.changes().listen(this::refresh, Changes.Topic.MOMENTS, Changes.Topic.THERAPISTS);
        context.changes().listen(list::reload, Changes.Topic.CONTACT_PERSONS);
        context.changes().listen(detail::refresh, Changes.Topic.GOALS);
        context.changes().listenLogged(this::revealLogged);
        showRight();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        refresh();
        Platform.runLater(filters::focusSearch);
    }

    @Override
    public boolean mayLeave() {
        return detail.unsaved().mayDiscard();
    }

    /** Exports the partners as the table's search and filters find them. */
    private void export() {
        context.navigator().exportPartners(list.query());
    }

    /** Shows this partner: selects it in the table (clearing filters that hide it) and opens its detail. */
    public void select(long partnerId) {
        if (!detail.unsaved().mayDiscard()) {
            return;
        }
        wanted = Set.of(partnerId);
        boolean listed = list.rows().stream().anyMatch(r -> r.id() == partnerId);
        if (listed) {
            afterLoad();
        } else {
            list.clearFilters();
            list.reload();
        }
        detail.load(partnerId);
        if (detailView != null) { // a pane made now shows the timeline first
            detailView.showTimeline();
        }
    }

    @Override
    public Optional<Long> partnerToLogFor() {
        return shownPartnerId();
    }

    /** A moment was logged: while on screen with no partner open, show the partner it was for. */
    private boolean revealLogged(long partnerId) {
        if (root.getScene() == null || shownPartnerId().isPresent()) {
            return false;
        }
        select(partnerId);
        return true;
    }

    /** The partner whose detail is shown, if one is. */
    public Optional<Long> shownPartnerId() {
        Partner partner = detail.partnerProperty().get();
        return partner == null ? Optional.empty() : Optional.of(partner.id());
    }

    // Actions

    @Override
    public void logMoment(long partnerId) {
        context.navigator().logMoment(partnerId);
    }

    @Override
    public void moveToTrash(long partnerId) {
        list.rows().stream().filter(r -> r.id() == partnerId).findFirst()
                .ifPresentOrElse(row -> trash(List.of(row)), () -> {
                    Partner p = detail.partnerProperty().get();
                    if (p != null && p.id() == partnerId) {
                        trashIds(Map.of(p.id(), p.name()));
                    }
                });
    }

    @Override
    public void merge(long firstId, long secondId) {
        if (!detail.unsaved().mayDiscard()) {
            return;
        }
        list.mergeInput(firstId, secondId, input -> context.dialogs().show(new MergePartnersDialog(context,
                input.first(), input.second(), input.therapists())).ifPresent(plan -> list.merge(plan, merged -> {
                    context.notifier().notify(context.text("ui.merge.partners.done", merged.name()));
                    wanted = Set.of(merged.id());
                    detail.load(merged.id());
                    context.changes().announce(Changes.Topic.PARTNERS, Changes.Topic.CONTACT_PERSONS,
                            Changes.Topic.MOMENTS, Changes.Topic.GOALS);
                }, this::refresh)));
    }

    /** Opens the new-partner form (from the menu, wherever the user is). */
    public void newPartner() {
        startNew();
    }

    private void startNew() {
        if (!detail.unsaved().mayDiscard()) {
            return;
        }
        restoring = true;
        try {
            table.getSelectionModel().clearSelection();
            selected = List.of();
        } finally {
            restoring = false;
        }
        detail.startNew();
        showRight();
        detailView().focusName();
    }

    private void trash(List<PartnerRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Map<Long, String> names = new LinkedHashMap<>();
        rows.forEach(r -> names.put(r.id(), r.name()));
        Partner shown = detail.partnerProperty().get();
        if (shown != null && names.containsKey(shown.id()) && !detail.unsaved().mayDiscard()) {
            return;
        }
        trashIds(names);
    }

    private void trashIds(Map<Long, String> names) {
        List<Long> ids = List.copyOf(names.keySet());
        list.moveToTrash(ids, () -> {
            detail.clear();
            String message = ids.size() == 1 ? context.text("ui.partners.trashed.one", names.values().iterator().next())
                    : context.text("ui.partners.trashed.many", ids.size());
            context.notifier().notify(message, context.text("ui.partners.undo"), () -> restore(ids));
            context.changes().announce(Changes.Topic.PARTNERS);
        });
    }

    private void restore(List<Long> ids) {
        list.restore(ids, () -> {
            wanted = Set.copyOf(ids);
            if (ids.size() == 1) {
                detail.load(ids.getFirst());
            }
            context.changes().announce(Changes.Topic.PARTNERS);
        });
    }

    private void bulkChange(List<PartnerRow> rows) {
        Map<Long, Integer> seen = new LinkedHashMap<>();
        rows.forEach(r -> seen.put(r.id(), r.version()));
        context.dialogs().show(new BulkChangeDialog(context, rows.size(), List.copyOf(list.therapists())))
                .filter(change -> !change.isEmpty())
                .ifPresent(change -> list.changeMany(seen, change, changed -> {
                    context.notifier().notify(context.text("ui.bulk.done", changed));
                    wanted = Set.copyOf(seen.keySet());
                    context.changes().announce(Changes.Topic.PARTNERS);
                }, this::refresh));
    }

    // Selection

    private void refresh() {
        list.reload();
        detail.refresh();
    }

    /** Only these partners changed (at another workstation): their rows, and the details when one is shown. */
    private void refreshRows(Set<Long> ids) {
        list.reloadRows(ids);
        if (shownPartnerId().filter(ids::contains).isPresent()) {
            detail.refresh();
        }
    }

    private void beforeLoad() {
        restoring = true;
        keep = Set.copyOf(selected);
    }

    private void afterLoad() {
        restoring = true;
        try {
            Set<Long> ids = wanted.isEmpty() ? keep : wanted;
            var selection = table.getSelectionModel();
            selection.clearSelection();
            int first = -1;
            for (int i = 0; i < table.getItems().size(); i++) {
                if (ids.contains(table.getItems().get(i).id())) {
                    selection.select(i);
                    first = first < 0 ? i : first;
                }
            }
            if (!wanted.isEmpty() && first >= 0) {
                table.scrollTo(Math.max(0, first - 3));
                selected = rows(selection.getSelectedItems()).stream().map(PartnerRow::id).toList();
            }
            wanted = Set.of();
        } finally {
            restoring = false;
        }
        showRight();
        placeholders();
    }

    private void selectionChanged() {
        if (restoring) {
            return;
        }
        List<PartnerRow> rows = rows(table.getSelectionModel().getSelectedItems());
        List<Long> ids = rows.stream().map(PartnerRow::id).toList();
        if (ids.equals(selected)) {
            return;
        }
        Partner shown = detail.partnerProperty().get();
        boolean leavesEdit = detail.unsaved().isDirty() && !(ids.size() == 1 && shown != null && ids.getFirst() == shown.id());
        if (leavesEdit) {
            List<Long> previous = selected;
            // Ask after the selection event is over; put the old selection back if the user keeps editing.
            Platform.runLater(() -> {
                if (detail.unsaved().mayDiscard()) {
                    apply(rows(table.getSelectionModel().getSelectedItems()));
                } else {
                    reselect(previous);
                }
            });
            return;
        }
        apply(rows);
    }

    private void apply(List<PartnerRow> rows) {
        selected = rows.stream().map(PartnerRow::id).toList();
        if (rows.size() == 1) {
            detail.load(rows.getFirst().id());
        } else if (detail.modeProperty().get() != PartnerDetailViewModel.Mode.NEW || !rows.isEmpty()) {
            detail.clear();
        }
        showRight();
    }

    private void reselect(List<Long> ids) {
        restoring = true;
        try {
            table.getSelectionModel().clearSelection();
            for (int i = 0; i < table.getItems().size(); i++) {
                if (ids.contains(table.getItems().get(i).id())) {
                    table.getSelectionModel().select(i);
                }
            }
            selected = ids;
        } finally {
            restoring = false;
        }
    }

    private void showRight() {
        List<PartnerRow> rows = rows(table.getSelectionModel().getSelectedItems());
        if (detail.modeProperty().get() != PartnerDetailViewModel.Mode.NOTHING) {
            right.getChildren().setAll(detailView().node());
        } else if (rows.size() > 1) {
            fillSelectionPane(rows);
            right.getChildren().setAll(selectionPane);
        } else {
            right.getChildren().setAll(hint);
        }
    }

    /**
     * The detail pane, made on first use: it takes what the view model holds then (its fields
     * are bound to it) and follows it from there.
     */
    private PartnerDetailView detailView() {
        if (detailView == null) {
            detailView = new PartnerDetailView(context, detail, this);
            detailView.duplicates(List.copyOf(list.duplicates()));
        }
        return detailView;
    }

    private void fillSelectionPane(List<PartnerRow> rows) {
        selectionPane.getChildren().clear();
        selectionPane.setPadding(new Insets(24));
        selectionPane.setId("selection-pane");
        Label title = new Label(context.count("ui.selection.title", rows.size()));
        title.getStyleClass().add(Styles.TITLE_3);
        Button change = new Button(context.text("ui.selection.change"), Icons.of(Material2AL.EDIT, 16));
        change.setId("selection-change");
        change.setOnAction(e -> bulkChange(rows));
        Button trash = new Button(context.text("ui.partners.trash"), Icons.of(Material2AL.DELETE_OUTLINE, 16));
        trash.setId("selection-trash");
        trash.setOnAction(e -> trash(rows));
        VBox buttons = new VBox(8, change, trash);
        if (rows.size() == 2) {
            Button merge = new Button(context.text("ui.merge.partners.action"), Icons.of(Material2MZ.MERGE_TYPE, 16));
            merge.setId("selection-merge");
            merge.setOnAction(e -> merge(rows.get(0).id(), rows.get(1).id()));
            buttons.getChildren().add(merge);
        }
        VBox names = new VBox(4);
        rows.stream().limit(12).forEach(r -> {
            Label name = new Label(r.name());
            name.getStyleClass().add(Styles.TEXT_MUTED);
            names.getChildren().add(name);
        });
        if (rows.size() > 12) {
            names.getChildren().add(new Label(context.text("ui.selection.more", rows.size() - 12)));
        }
        selectionPane.getChildren().addAll(title, buttons, names);
    }

    private void placeholders() {
        if (list.loadedProperty().get() && list.totalProperty().get() == 0 && !list.isFiltered()) {
            table.setPlaceholder(new EmptyState(Material2AL.GROUP, context.text("ui.partners.empty.title"),
                    context.text("ui.partners.empty.text"))
                    .withAction(context.text("ui.partners.new"), this::startNew)
                    .withAction(context.text("ui.welcome.demo"), () -> context.navigator().openDemo()));
        } else {
            table.setPlaceholder(new EmptyState(Material2MZ.SEARCH_OFF, context.text("ui.partners.none-found.title"),
                    context.text("ui.partners.none-found.text"))
                    .withAction(context.text("ui.partners.clear-filters"), list::clearFilters));
        }
    }

    private void duplicatesBanner() {
        duplicatesBanner.getChildren().clear();
        int pairs = list.duplicates().size();
        duplicatesBanner.setVisible(pairs > 0);
        duplicatesBanner.setManaged(pairs > 0);
        if (pairs == 0) {
            return;
        }
        Label text = new Label(context.text("ui.partners.duplicates.banner", pairs), Icons.of(Material2MZ.MERGE_TYPE, 16));
        text.setWrapText(true);
        text.setId("duplicates-banner");
        Button show = new Button(context.text("ui.partners.duplicates.show"));
        show.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        show.setId("duplicates-show");
        show.setMinWidth(Region.USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        show.setOnAction(e -> showDuplicates());
        duplicatesBanner.getChildren().addAll(text, show);
        duplicatesBanner.setAlignment(Pos.CENTER_LEFT);
        duplicatesBanner.getStyleClass().setAll("duplicates-banner");
    }

    /** Selects the partners of the first likely duplicate pair, so merging them is one click away. */
    private void showDuplicates() {
        if (list.duplicates().isEmpty() || !detail.unsaved().mayDiscard()) {
            return;
        }
        PartnerDuplicate pair = list.duplicates().getFirst();
        wanted = new LinkedHashSet<>(List.of(pair.first().id(), pair.second().id()));
        list.clearFilters();
        detail.clear();
        list.reload();
    }

    private static List<PartnerRow> rows(List<PartnerRow> selection) {
        return new ArrayList<>(selection.stream().filter(r -> r != null).collect(Collectors.toList()));
    }
}
