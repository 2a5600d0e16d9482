package nl.verbinder.ui.attention;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.verbinder.domain.attention.HintCode;
import nl.verbinder.domain.attention.ReasonCode;
import nl.verbinder.ui.area.AreaHeader;
import nl.verbinder.ui.area.AreaViewBase;
import nl.verbinder.ui.area.EmptyState;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.form.Choices;
import nl.verbinder.ui.form.TypeToSelect;
import nl.verbinder.ui.fx.Icons;
import nl.verbinder.ui.fx.Labels;
import nl.verbinder.ui.fx.Nodes;
import nl.verbinder.ui.fx.UiStyles;
import nl.verbinder.ui.partners.PersonDialogs;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The area Aandacht: which relationships need attention and why, most urgent first, with the
 * filters (whose: mine, everyone's or one owner's; by reason), per item "log a contact moment", "snooze" and
 * "open the partner", and beside the list the practice's hints and the counts per owner.
 * The list is a virtualised {@link ListView}; the view model prepares every text.
 */
public final class AttentionView extends AreaViewBase<BorderPane, AttentionViewModel> {

    /** Snoozes the chosen item. */
    static final KeyCombination SNOOZE_KEY = new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN);
    static final String STYLESHEET = AttentionView.class.getResource("/nl/verbinder/ui/attention.css")
            .toExternalForm();

    private final ListView<AttentionRow> list = new ListView<>();
    private final Label count = new Label();
    /** One button per urgency group in the list, that folds the group away or opens it again. */
    private final HBox groups = new HBox(6);
    private final ToggleButton snoozed = new ToggleButton();
    private final ComboBox<OwnerChoice> ownerBox = new ComboBox<>();
    private final ComboBox<ReasonCode> reasonBox = new ComboBox<>();
    private final VBox hints = new VBox(8);
    private final VBox networks = new VBox(8);
    private final VBox owners = new VBox(2);
    /** The view model's rows as the list shows them, taken over so the choice survives a reload. */
    private final ObservableList<AttentionRow> shownRows = FXCollections.observableArrayList();

    public AttentionView(UiContext context) {
        super(context, new BorderPane(), new AttentionViewModel(context));
        root.setId("attention-view");
        root.setTop(new VBox(header(), filters()));
        root.setCenter(centre());
        root.setBottom(actions());
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (SNOOZE_KEY.match(e)) {
                withChosen(this::snooze);
                e.consume();
            }
        });
        model.rows().addListener((ListChangeListener<AttentionRow>) c -> takeRows());
        model.hints().addListener((ListChangeListener<HintRow>) c -> refreshHints());
        model.networks().addListener((ListChangeListener<NetworkAttentionRow>) c -> refreshNetworks());
        model.owners().addListener((ListChangeListener<OwnerRow>) c -> refreshOwners());
        model.loadedProperty().addListener((obs, old, now) -> {
            refreshList();
            refreshHints();
            refreshNetworks();
        });
        model.ownerProperty().addListener((obs, old, now) -> refreshToggles());
        model.reasonProperty().addListener((obs, old, now) -> refreshToggles());
        model.meProperty().addListener((obs, old, now) -> refreshToggles());
        model.showSnoozedProperty().addListener((obs, old, now) -> refreshToggles());
        refreshToggles();
        root.getStylesheets().add(STYLESHEET);
    }

    @Override
    public Optional<Long> partnerToLogFor() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem()).map(AttentionRow::id);
    }

    // Building

    private Node header() {
        count.setId("attention-count");
        return new AreaHeader(context.text("ui.area.attention")).count(count).node();
    }

    private Node filters() {
        ownerBox.setId("attention-owner");
        ObservableList<OwnerChoice> ownerItems = FXCollections.observableArrayList();
        ownerItems.add(null);
        ownerBox.setItems(ownerItems);
        // The one control for whose relationships: mine (who I am is in the status bar), everyone's, one owner's.
        ownerBox.setConverter(Choices.converter(this::whose, context.text("attention.view.filter.every-owner")));
        ownerBox.setPromptText(context.text("attention.view.filter.every-owner"));
        // The model's owner is what counts; refilling the list (after each load) must not clear it.
        boolean[] filling = {false};
        ownerBox.setValue(model.ownerProperty().get());
        ownerBox.valueProperty().addListener((obs, old, chosen) -> {
            if (!filling[0]) {
                model.ownerProperty().set(chosen);
            }
        });
        model.ownerProperty().addListener((obs, old, chosen) -> {
            if (!filling[0] && !Objects.equals(ownerBox.getValue(), chosen)) {
                ownerBox.setValue(chosen);
            }
        });
        ownerBox.setAccessibleText(context.text("attention.view.filter.owner"));
        Runnable fillOwners = () -> {
            List<OwnerChoice> items = new ArrayList<>();
            Long me = model.meProperty().get();
            items.add(null); // every owner, first and fixed
            model.ownerChoices().stream().filter(o -> me != null && me.equals(o.therapistId())).forEach(items::add);
            model.ownerChoices().stream().filter(o -> me == null || !me.equals(o.therapistId())).forEach(items::add);
            if (items.equals(ownerItems)) {
                return;
            }
            filling[0] = true;
            try {
                ownerItems.setAll(items);
                // Select by index: with "Iedereen" (null) chosen, the value alone would leave the
                // popup's selection on the old index, and a click on the new first item would do nothing.
                ownerBox.getSelectionModel().select(items.indexOf(model.ownerProperty().get()));
            } finally {
                filling[0] = false;
            }
        };
        model.ownerChoices().addListener((ListChangeListener<OwnerChoice>) c -> fillOwners.run());
        model.meProperty().addListener((obs, old, now) -> fillOwners.run());
        ownerBox.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(OwnerChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(whose(item));
            }
        });
        TypeToSelect.install(ownerBox);

        Choices.coded(reasonBox, ReasonCode.class, context.messages(), context.text("attention.view.filter.any-reason"),
                false);
        reasonBox.setId("attention-reason");
        reasonBox.valueProperty().bindBidirectional(model.reasonProperty());
        reasonBox.setAccessibleText(context.text("attention.view.filter.reason"));
        TypeToSelect.install(reasonBox);

        snoozed.setId("attention-snoozed");
        snoozed.selectedProperty().bindBidirectional(model.showSnoozedProperty());
        snoozed.setText(context.text("attention.view.filter.snoozed", 0));
        model.snoozedCountProperty().addListener((obs, old, now) ->
                snoozed.setText(context.text("attention.view.filter.snoozed", now.intValue())));
        snoozed.setTooltip(new Tooltip(context.text("attention.view.filter.snoozed.tooltip")));

        ownerBox.setPrefWidth(260);
        reasonBox.setPrefWidth(200);
        snoozed.setMinWidth(Region.USE_PREF_SIZE);
        Label whoseLabel = new Label(context.text("attention.view.filter.whose"));
        whoseLabel.setLabelFor(ownerBox);
        whoseLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox whose = new HBox(8, whoseLabel, ownerBox);
        whose.setAlignment(Pos.CENTER_LEFT);
        // Wraps onto a second line in a narrow window instead of cutting labels off.
        groups.setId("attention-groups");
        groups.setAlignment(Pos.CENTER_LEFT);
        groups.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane bar = new FlowPane(10, 8, whose, reasonBox, snoozed, groups);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 20, 10, 20));
        return bar;
    }

    /** How an owner choice reads: "Mijn relaties (Daan Kuipers)" for who I am, else the owner's name. */
    private String whose(OwnerChoice choice) {
        if (choice == null) {
            return context.text("attention.view.filter.every-owner");
        }
        Long me = model.meProperty().get();
        return me != null && me.equals(choice.therapistId())
                ? context.text("attention.view.filter.mine.named", choice.name()) : choice.name();
    }

    private Node centre() {
        list.setId("attention-list");
        list.setItems(shownRows);
        list.setCellFactory(l -> {
            AttentionCell cell = new AttentionCell(l, model::openPartner);
            cell.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !cell.isEmpty()) {
                    model.openPartner(cell.getItem());
                }
            });
            return cell;
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                withChosen(model::openPartner);
                e.consume();
            }
        });
        list.setContextMenu(contextMenu());
        HBox.setHgrow(list, Priority.ALWAYS);

        Label hintsTitle = new Label(context.text("attention.view.hints"));
        hintsTitle.getStyleClass().add(UiStyles.SECTION_TITLE);
        Label ownersTitle = new Label(context.text("attention.view.owners"));
        ownersTitle.getStyleClass().add(UiStyles.SECTION_TITLE);
        hints.setId("attention-hints");
        owners.setId("attention-owners");
        Label networksTitle = new Label(context.text("attention.view.networks"));
        networksTitle.getStyleClass().add(UiStyles.SECTION_TITLE);
        networks.setId("attention-networks");
        VBox side = new VBox(10, hintsTitle, hints, ownersTitle, owners, networksTitle, networks);
        side.setPadding(new Insets(0, 4, 0, 0));
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        scroll.setPrefWidth(310);
        scroll.setMinWidth(260);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);

        HBox centre = new HBox(16, list, scroll);
        centre.setPadding(new Insets(0, 20, 0, 20));
        return centre;
    }

    private ContextMenu contextMenu() {
        MenuItem log = new MenuItem(context.text("attention.view.log"));
        log.setOnAction(e -> withChosen(model::logMoment));
        MenuItem later = new MenuItem(context.text("attention.view.snooze"));
        later.setOnAction(e -> withChosen(this::snooze));
        MenuItem open = new MenuItem(context.text("areas.action.open-partner"));
        open.setOnAction(e -> withChosen(model::openPartner));
        return new ContextMenu(log, later, open);
    }

    private Node actions() {
        Button log = new Button(context.text("attention.view.log"), Icons.of(Material2AL.ADD_COMMENT, 16));
        log.setId("attention-log");
        log.getStyleClass().add(Styles.ACCENT);
        log.setTooltip(new Tooltip(context.text("attention.view.log.tooltip")));
        log.setOnAction(e -> withChosen(model::logMoment));
        Button later = new Button(context.text("attention.view.snooze"), Icons.of(Material2MZ.SNOOZE, 16));
        later.setId("attention-snooze");
        later.setTooltip(new Tooltip(context.text("attention.view.snooze.tooltip")));
        later.setOnAction(e -> withChosen(this::snooze));
        Button open = new Button(context.text("areas.action.open-partner"), Icons.of(Material2MZ.OPEN_IN_NEW, 16));
        open.setId("attention-open");
        open.setTooltip(new Tooltip(context.text("attention.view.open.tooltip")));
        open.setOnAction(e -> withChosen(model::openPartner));
        for (Button button : new Button[] {log, later, open}) {
            button.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        HBox bar = new HBox(10, log, later, open);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 20, 16, 20));
        return bar;
    }

    // Showing

    private void refreshList() {
        if (!model.loadedProperty().get()) {
            return;
        }
        int total = model.totalProperty().get();
        String counted = context.text("attention.view.count", total);
        if (model.showSnoozedProperty().get()) {
            counted = context.text("attention.view.count.snoozed", model.rows().size(), total);
        } else if (model.filtered()) {
            counted = context.text("attention.view.count.filtered", model.rows().size(), total);
        }
        count.setText(counted);
        refreshGroups();
        list.setPlaceholder(emptyState());
    }

    /** After a reload the same item stays chosen, or, when it left the list, the one that took its place. */
    private void takeRows() {
        AttentionRow chosen = list.getSelectionModel().getSelectedItem();
        int index = Math.max(0, list.getSelectionModel().getSelectedIndex());
        Set<String> folded = context.settings().collapsedGroups();
        shownRows.setAll(model.showSnoozedProperty().get() ? model.rows()
                : model.rows().stream().filter(r -> !folded.contains(r.level().code())).toList());
        list.getSelectionModel().clearSelection();
        if (shownRows.isEmpty()) {
            refreshList();
            return;
        }
        index = Math.min(index, shownRows.size() - 1);
        for (int i = 0; chosen != null && i < shownRows.size(); i++) {
            if (shownRows.get(i).id() == chosen.id()) {
                index = i;
                break;
            }
        }
        list.getSelectionModel().select(index);
        refreshList();
    }

    /**
     * A long list summarised and grouped: per urgency, how many items it has, as a button that
     * folds the group out of the list (and opens it again); which groups are folded is remembered.
     */
    private void refreshGroups() {
        Map<UrgencyLevel, Long> perLevel = new EnumMap<>(UrgencyLevel.class);
        for (AttentionRow row : model.rows()) {
            perLevel.merge(row.level(), 1L, Long::sum);
        }
        Set<String> folded = context.settings().collapsedGroups();
        groups.getChildren().clear();
        if (model.showSnoozedProperty().get() || perLevel.isEmpty()) {
            return;
        }
        for (UrgencyLevel level : List.of(UrgencyLevel.URGENT, UrgencyLevel.ATTENTION, UrgencyLevel.FINE)) {
            Long n = perLevel.get(level);
            if (n == null) {
                continue;
            }
            boolean closed = folded.contains(level.code());
            String label = context.text(level.labelKey());
            // a quiet button, not a toggle: a pressed toggle would look like the list's main action
            Button group = new Button(context.text("attention.view.group", label, n),
                    Icons.of(closed ? Material2AL.CHEVRON_RIGHT : Material2AL.EXPAND_MORE, 16));
            group.setId("attention-group-" + level.code());
            group.getStyleClass().addAll(Styles.FLAT, level.styleClass() + "-group");
            group.setMinWidth(Region.USE_PREF_SIZE);
            group.setTooltip(new Tooltip(context.text(closed ? "attention.view.group.open" : "attention.view.group.fold",
                    label)));
            group.setAccessibleText(group.getTooltip().getText());
            group.setOnAction(e -> fold(level, !closed));
            groups.getChildren().add(group);
        }
    }

    /** Folds a group out of the list or opens it again, and remembers it on this computer. */
    void fold(UrgencyLevel level, boolean folded) {
        Set<String> codes = context.settings().collapsedGroups();
        if (folded) {
            codes.add(level.code());
        } else {
            codes.remove(level.code());
        }
        context.settings().collapsedGroups(codes);
        context.settings().save();
        takeRows();
    }

    private Node emptyState() {
        if (!model.anyPartnersProperty().get() && model.therapists().isEmpty()) {
            // A new practice starts with itself: without therapists there are no owners and no "Ik ben".
            return new EmptyState(Material2AL.HOME_WORK, context.text("attention.view.start.title"),
                    context.text("attention.view.start.text"))
                    .withAction(context.text("attention.view.start.action"), model::showPractice);
        }
        if (!model.anyPartnersProperty().get()) {
            return new EmptyState(Material2AL.ALARM, context.text("attention.view.first.title"),
                    context.text("attention.view.first.text"))
                    .withAction(context.text("attention.view.first.action"), model::showPartners);
        }
        if (model.showSnoozedProperty().get()) {
            return new EmptyState(Material2MZ.SNOOZE, context.text("attention.view.empty-snoozed.title"),
                    context.text("attention.view.empty-snoozed.text"));
        }
        if (model.filtered()) {
            return new EmptyState(Material2AL.FILTER_LIST, context.text("attention.view.empty-filtered.title"),
                    context.text("attention.view.empty-filtered.text"))
                    .withAction(context.text("attention.view.filter.all"), model::showAll);
        }
        return new EmptyState(Material2AL.CHECK_CIRCLE_OUTLINE, context.text("attention.view.empty.title"),
                context.text("attention.view.empty.text"));
    }

    private void refreshHints() {
        hints.getChildren().clear();
        if (!model.anyPartnersProperty().get()) {
            // No warnings before there is something to warn about.
            Label later = Labels.wrapped(context.text("attention.view.hints.later"), Styles.TEXT_MUTED);
            hints.getChildren().add(later);
            return;
        }
        if (model.hints().isEmpty()) {
            Label none = Labels.wrapped(context.text("attention.view.hints.none"), Styles.TEXT_MUTED);
            hints.getChildren().add(none);
            return;
        }
        for (HintRow hint : model.hints()) {
            Label title = Labels.wrapped(hint.title(), Styles.TEXT_BOLD);
            Label message = new Label(hint.message());
            message.setWrapText(true);
            VBox card = new VBox(4, title, message);
            card.getStyleClass().add("attention-hint");
            card.setId("attention-hint-" + hint.code().code());
            if (hint.code() == HintCode.ENVIRONMENT_GAP) {
                Hyperlink open = new Hyperlink(context.text("attention.view.hints.open-environment"));
                open.setId("attention-open-environment");
                open.setOnAction(e -> model.showEnvironment());
                card.getChildren().add(open);
            } else if (hint.code() == HintCode.PRIVACY_RETENTION) {
                Hyperlink review = new Hyperlink(context.text("ui.retention.open"));
                review.setId("attention-review-retention");
                review.setOnAction(e -> PersonDialogs.reviewRetention(context));
                card.getChildren().add(review);
            }
            hints.getChildren().add(card);
        }
    }

    private void refreshNetworks() {
        networks.getChildren().clear();
        if (model.networks().isEmpty()) {
            Label none = Labels.wrapped(context.text("attention.view.networks.none"), Styles.TEXT_MUTED);
            networks.getChildren().add(none);
            return;
        }
        for (NetworkAttentionRow row : model.networks()) {
            Label title = Labels.wrapped(row.name() + " · " + row.role(), Styles.TEXT_BOLD);
            VBox card = new VBox(4, title);
            for (int i = 0; i < row.titles().size(); i++) {
                Label message = new Label(row.titles().get(i) + ": " + row.messages().get(i));
                message.setWrapText(true);
                card.getChildren().add(message);
            }
            Button snooze = new Button(context.text("attention.view.snooze"));
            snooze.setId("attention-network-snooze-" + row.networkId());
            snooze.getStyleClass().add(Styles.SMALL);
            snooze.setOnAction(e -> snoozeNetwork(row));
            card.getChildren().add(snooze);
            card.getStyleClass().add("attention-hint");
            card.setId("attention-network-" + row.networkId());
            networks.getChildren().add(card);
        }
    }

    private void refreshOwners() {
        owners.getChildren().clear();
        for (OwnerRow row : model.owners()) {
            Label name = new Label(row.owner().name());
            Label number = new Label(String.valueOf(row.count()));
            number.getStyleClass().add(Styles.TEXT_BOLD);
            Region grow = Nodes.spacer();
            HBox line = new HBox(8, name, grow, number);
            line.setAlignment(Pos.CENTER_LEFT);
            Button button = new Button();
            button.setGraphic(line);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().addAll(Styles.FLAT, "attention-owner-count");
            button.setId("attention-owner-" + (row.owner().unowned() ? "none" : row.owner().therapistId()));
            button.setAccessibleText(row.owner().name() + ": " + row.count());
            button.setOnAction(e -> model.showOwner(row.owner()));
            button.setTooltip(new Tooltip(context.text("attention.view.owners.tooltip", row.owner().name())));
            name.getStyleClass().add("attention-owner-name"); // reads as a link: it filters
            owners.getChildren().add(button);
        }
    }

    private void refreshToggles() {
        if (model.loadedProperty().get()) {
            refreshList();
        }
    }

    // Actions

    private void snooze(AttentionRow row) {
        SnoozeEditor editor = new SnoozeEditor(model, row);
        switch (new SnoozeDialog(context, editor).showAndWait()) {
            case SNOOZED -> model.snoozed(row, editor.storedUntil());
            case LIFTED -> model.unsnooze(row);
            case NOTHING -> { }
        }
        list.requestFocus();
    }

    private void snoozeNetwork(NetworkAttentionRow row) {
        SnoozeEditor editor = new SnoozeEditor(model, row);
        switch (new SnoozeDialog(context, editor).showAndWait()) {
            case SNOOZED -> model.snoozed(row, editor.storedUntil());
            case LIFTED -> model.unsnooze(row);
            case NOTHING -> { }
        }
    }

    private void withChosen(Consumer<AttentionRow> action) {
        AttentionRow chosen = list.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            action.accept(chosen);
        }
    }
}
