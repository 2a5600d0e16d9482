package nl.verbinder.ui.attention;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import nl.verbinder.domain.Therapist;
import nl.verbinder.domain.attention.HintCode;
import nl.verbinder.domain.attention.ReasonCode;
import nl.verbinder.ui.area.AreaHeader;
import nl.verbinder.ui.area.AreaViewBase;
import nl.verbinder.ui.area.EmptyState;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.form.Choices;
import nl.verbinder.ui.form.TypeToSelect;
import nl.verbinder.ui.fx.Icons;
import nl.verbinder.ui.fx.UiStyles;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The area Aandacht: which relationships need attention and why, most urgent first, with the
 * filters (mine, all, by owner, by reason), per item "log a contact moment", "snooze" and
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
    private final ToggleButton mine = new ToggleButton();
    private final ToggleButton all = new ToggleButton();
    private final ToggleButton snoozed = new ToggleButton();
    private final ComboBox<OwnerChoice> ownerBox = new ComboBox<>();
    private final ComboBox<ReasonCode> reasonBox = new ComboBox<>();
    private final ComboBox<Therapist> meBox = new ComboBox<>();
    private final VBox hints = new VBox(8);
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
        model.owners().addListener((ListChangeListener<OwnerRow>) c -> refreshOwners());
        model.loadedProperty().addListener((obs, old, now) -> {
            refreshList();
            refreshHints();
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
        ownerBox.setConverter(Choices.converter(OwnerChoice::name, context.text("attention.view.filter.every-owner")));
        ownerBox.setPromptText(context.text("attention.view.filter.every-owner"));
        ownerBox.valueProperty().bindBidirectional(model.ownerProperty());
        ownerBox.setAccessibleText(context.text("attention.view.filter.owner"));
        model.ownerChoices().addListener((ListChangeListener<OwnerChoice>) c -> {
            List<OwnerChoice> items = new ArrayList<>();
            items.add(null); // every owner
            items.addAll(model.ownerChoices());
            ownerItems.setAll(items); // setAll keeps the chosen value
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

        ownerBox.setPrefWidth(200);
        reasonBox.setPrefWidth(200);
        for (ToggleButton button : new ToggleButton[] {mine, all, snoozed}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        // Wraps onto a second line in a narrow window instead of cutting labels off.
        FlowPane bar = new FlowPane(10, 8, scope(), ownerBox, reasonBox, snoozed, meChoice());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 20, 10, 20));
        return bar;
    }

    /** "Mijn relaties" and "Alle". */
    private Node scope() {
        mine.setText(context.text("attention.view.filter.mine"));
        mine.setId("attention-mine");
        mine.setOnAction(e -> {
            if (model.meProperty().get() == null) {
                // Who "me" is has not been chosen on this computer yet: ask first.
                meBox.requestFocus();
                meBox.show();
            } else {
                model.showMine();
            }
            refreshToggles();
        });
        all.setText(context.text("attention.view.filter.all"));
        all.setId("attention-all");
        all.setOnAction(e -> {
            model.showAll();
            refreshToggles();
        });
        mine.getStyleClass().add(Styles.LEFT_PILL);
        all.getStyleClass().add(Styles.RIGHT_PILL);
        return new HBox(mine, all);
    }

    /** "Ik ben:": who uses this computer, for "Mijn relaties". */
    private Node meChoice() {
        Label meLabel = new Label(context.text("attention.view.me"));
        meBox.setId("attention-me");
        meBox.setItems(model.therapists());
        meBox.setConverter(Choices.converter(Therapist::name, ""));
        meBox.setPromptText(context.text("attention.view.me.prompt"));
        meBox.setAccessibleText(context.text("attention.view.me"));
        meBox.setPrefWidth(200);
        meLabel.setLabelFor(meBox);
        meLabel.setMinWidth(Region.USE_PREF_SIZE);
        model.therapists().addListener((ListChangeListener<Therapist>) c -> showMe());
        meBox.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                model.chooseMe(chosen.id());
            }
        });
        HBox meChoice = new HBox(8, meLabel, meBox);
        meChoice.setAlignment(Pos.CENTER_LEFT);
        return meChoice;
    }

    private Node centre() {
        list.setId("attention-list");
        list.setItems(shownRows);
        list.setCellFactory(l -> {
            AttentionCell cell = new AttentionCell(l);
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
        VBox side = new VBox(10, hintsTitle, hints, ownersTitle, owners);
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
        list.setPlaceholder(emptyState());
    }

    /** After a reload the same item stays chosen, or, when it left the list, the one that took its place. */
    private void takeRows() {
        AttentionRow chosen = list.getSelectionModel().getSelectedItem();
        int index = Math.max(0, list.getSelectionModel().getSelectedIndex());
        shownRows.setAll(model.rows());
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

    private Node emptyState() {
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
        if (model.hints().isEmpty()) {
            Label none = new Label(context.text("attention.view.hints.none"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            none.setWrapText(true);
            hints.getChildren().add(none);
            return;
        }
        for (HintRow hint : model.hints()) {
            Label title = new Label(hint.title());
            title.getStyleClass().add(Styles.TEXT_BOLD);
            title.setWrapText(true);
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
            }
            hints.getChildren().add(card);
        }
    }

    private void refreshOwners() {
        owners.getChildren().clear();
        for (OwnerRow row : model.owners()) {
            Label name = new Label(row.owner().name());
            Label number = new Label(String.valueOf(row.count()));
            number.getStyleClass().add(Styles.TEXT_BOLD);
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            HBox line = new HBox(8, name, grow, number);
            line.setAlignment(Pos.CENTER_LEFT);
            Button button = new Button();
            button.setGraphic(line);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().addAll(Styles.FLAT, "attention-owner-count");
            button.setId("attention-owner-" + (row.owner().unowned() ? "none" : row.owner().therapistId()));
            button.setAccessibleText(row.owner().name() + ": " + row.count());
            button.setOnAction(e -> model.showOwner(row.owner()));
            owners.getChildren().add(button);
        }
    }

    private void refreshToggles() {
        mine.setSelected(model.showingMine());
        mine.setTooltip(new Tooltip(context.text(model.meProperty().get() == null
                ? "attention.view.filter.mine.choose" : "attention.view.filter.mine.tooltip")));
        all.setSelected(!model.filtered() && !model.showSnoozedProperty().get());
        if (model.loadedProperty().get()) {
            refreshList();
        }
    }

    private void showMe() {
        Long me = model.meProperty().get();
        if (me == null) {
            return;
        }
        model.therapists().stream().filter(t -> me.equals(t.id())).findFirst().ifPresent(meBox::setValue);
    }

    // Actions

    private void snooze(AttentionRow row) {
        SnoozeEditor editor = new SnoozeEditor(model, row);
        switch (new SnoozeDialog(context, editor).showAndWait()) {
            case SNOOZED -> model.snoozed(row, editor.stored());
            case LIFTED -> model.unsnooze(row);
            case NOTHING -> { }
        }
        list.requestFocus();
    }

    private void withChosen(Consumer<AttentionRow> action) {
        AttentionRow chosen = list.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            action.accept(chosen);
        }
    }
}
