package nl.verbinder.ui.partners;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PartnerDuplicate;
import nl.verbinder.domain.PartnerKind;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.PersonalData;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.domain.Therapist;
import nl.verbinder.ui.area.EmptyState;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.form.Choices;
import nl.verbinder.ui.form.Form;
import nl.verbinder.ui.form.FormField;
import nl.verbinder.ui.fx.Icons;
import nl.verbinder.ui.fx.UiStyles;
import nl.verbinder.ui.history.PartnerHistoryPane;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The detail pane of one partner: a header with its actions, a note when it looks like
 * another partner, and tabs for the timeline, the fields (edited in place), the relationship
 * and the contact persons. A bar at the bottom offers to save or undo an edit.
 */
final class PartnerDetailView {

    private final UiContext context;
    private final PartnerDetailViewModel model;
    private final PartnerActions actions;
    private final BorderPane root = new BorderPane();
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final VBox duplicateNotes = new VBox(6);
    private final TabPane tabs = new TabPane();
    private final Tab timelineTab = new Tab();
    private final Tab personsTab = new Tab();
    private final Tab historyTab = new Tab();
    private final PartnerHistoryPane history;
    private final FlowPane headerActions = new FlowPane(8, 8);
    private final FormField<TextField> nameField;
    private final ContactPersonsController personsController;
    private List<PartnerDuplicate> duplicates = List.of();

    PartnerDetailView(UiContext context, PartnerDetailViewModel model, PartnerActions actions) {
        this.context = context;
        this.model = model;
        this.actions = actions;
        root.getStyleClass().add(UiStyles.DETAIL);
        root.setId("partner-detail");

        title.getStyleClass().add(Styles.TITLE_3);
        title.setId("partner-title");
        title.setWrapText(true);
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        subtitle.setId("partner-subtitle");
        subtitle.setWrapText(true);

        Button log = new Button(context.text("ui.partners.log"), Icons.of(Material2AL.ADD_COMMENT, 16));
        log.setId("partner-log-moment");
        log.getStyleClass().add(Styles.ACCENT);
        log.setTooltip(new Tooltip(context.text("ui.partners.log.shortcut")));
        log.setOnAction(e -> current().ifPresent(p -> actions.logMoment(p.id())));
        Button trash = new Button(context.text("ui.partners.trash"), Icons.of(Material2AL.DELETE_OUTLINE, 16));
        trash.setId("partner-trash");
        trash.setOnAction(e -> current().ifPresent(p -> actions.moveToTrash(p.id())));
        // A partner that is a person has personal data of its own (AVG inzage and export).
        Button data = new Button(context.text("ui.persons.data"));
        data.setId("partner-data-open");
        data.setOnAction(e -> current().ifPresent(p -> new PersonalDataModel(context).gather(
                PersonalData.Subject.PARTNER, p.id(),
                found -> context.dialogs().show(new PersonalDataDialog(context, found)))));
        var isPerson = Bindings.createBooleanBinding(() -> model.partnerProperty().get() != null
                && model.partnerProperty().get().id() != null
                && model.partnerProperty().get().kind() == PartnerKind.PERSON,
                model.partnerProperty());
        data.visibleProperty().bind(isPerson);
        data.managedProperty().bind(isPerson);
        data.setMinWidth(Region.USE_PREF_SIZE);
        headerActions.getChildren().addAll(log, trash, data);
        headerActions.setAlignment(Pos.CENTER_LEFT);
        log.setMinWidth(Region.USE_PREF_SIZE);
        trash.setMinWidth(Region.USE_PREF_SIZE);

        VBox header = new VBox(4, title, subtitle, headerActions, duplicateNotes);
        header.setPadding(new Insets(16, 20, 8, 20));
        VBox.setMargin(headerActions, new Insets(8, 0, 0, 0));
        duplicateNotes.setPadding(new Insets(4, 0, 0, 0));

        nameField = FormField.text("name", context.text("field.name"));
        timelineTab.setContent(timelinePane());
        Tab fieldsTab = new Tab(context.text("ui.partners.tab.fields"), scrolled(fieldsForm()));
        Tab relationTab = new Tab(context.text("ui.partners.tab.relation"), scrolled(relationPane()));
        personsController = new ContactPersonsController(context, model);
        personsTab.setContent(personsController.node());
        history = new PartnerHistoryPane(context);
        historyTab.setText(context.text("history.ui.tab"));
        historyTab.setContent(history.node());
        historyTab.setId("tab-history");
        historyTab.selectedProperty().addListener((obs, was, selected) -> loadHistory());
        for (Tab tab : List.of(timelineTab, fieldsTab, relationTab, personsTab, historyTab)) {
            tab.setClosable(false);
        }
        timelineTab.setId("tab-timeline");
        fieldsTab.setId("tab-fields");
        relationTab.setId("tab-relation");
        personsTab.setId("tab-persons");
        personsTab.setTooltip(new Tooltip(context.text("ui.partners.tab.persons.tooltip")));
        tabs.getTabs().addAll(timelineTab, fieldsTab, relationTab, personsTab, historyTab);
        tabs.getStyleClass().add("compact-tabs"); // narrower tab titles, so all fit a laptop's pane

        root.setTop(header);
        root.setCenter(tabs);
        root.setBottom(saveBar());

        model.modeProperty().addListener((obs, old, mode) -> modeChanged(mode));
        model.partnerProperty().addListener((obs, old, p) -> updateHeader());
        model.partnerProperty().addListener((obs, old, p) -> loadHistory());
        model.name.addListener((obs, old, n) -> updateHeader());
        model.timeline().addListener((ListChangeListener<TimelineEntry>) c -> updateTabTitles());
        model.persons().addListener((ListChangeListener<ContactPerson>) c -> updateTabTitles());
        model.validation().errors().addListener((MapChangeListener<String, String>) c -> {
            // Errors on the fields tab while another tab shows would go unseen.
            if (c.wasAdded() && tabs.getSelectionModel().getSelectedItem() != fieldsTab
                    && tabs.getSelectionModel().getSelectedItem() != relationTab) {
                tabs.getSelectionModel().select(fieldsTab);
            }
        });
        updateTabTitles();
        modeChanged(model.modeProperty().get());
    }

    Node node() {
        return root;
    }

    /** Shows the notes about likely duplicates of the shown partner. */
    void duplicates(List<PartnerDuplicate> all) {
        this.duplicates = all;
        updateDuplicates();
    }

    /** Focuses the name field (for a new partner). */
    void focusName() {
        tabs.getSelectionModel().select(1);
        // The tab's content only shows after a layout pass; do it now so the focus can land.
        root.applyCss();
        root.layout();
        nameField.control().requestFocus();
    }

    void showTimeline() {
        tabs.getSelectionModel().select(timelineTab);
    }

    /** The Geschiedenis tab loads when it shows, for the partner shown (and again when that changes). */
    private void loadHistory() {
        Partner p = model.partnerProperty().get();
        if (p == null || model.modeProperty().get() == PartnerDetailViewModel.Mode.NEW) {
            history.model().clear();
        } else if (historyTab.isSelected()) {
            history.model().load(p.id());
        }
    }

    private Optional<Partner> current() {
        return Optional.ofNullable(model.partnerProperty().get());
    }

    private void modeChanged(PartnerDetailViewModel.Mode mode) {
        boolean isNew = mode == PartnerDetailViewModel.Mode.NEW;
        headerActions.setVisible(!isNew);
        headerActions.setManaged(!isNew);
        timelineTab.setDisable(isNew);
        personsTab.setDisable(isNew);
        historyTab.setDisable(isNew);
        updateHeader();
        updateDuplicates();
    }

    private void updateHeader() {
        Partner p = model.partnerProperty().get();
        if (model.modeProperty().get() == PartnerDetailViewModel.Mode.NEW) {
            title.setText(model.name.get().isBlank() ? context.text("ui.partners.new.title") : model.name.get());
            subtitle.setText(context.text("ui.partners.new.hint"));
            return;
        }
        if (p == null) {
            title.setText("");
            subtitle.setText("");
            return;
        }
        title.setText(p.name());
        StringBuilder line = new StringBuilder(context.label(p.category()));
        if (p.city() != null) {
            line.append(" · ").append(p.city());
        }
        line.append(" · ").append(context.label(p.status()));
        line.append(" · ").append(context.count("ui.partners.rhythm", p.effectiveRhythmDays()));
        subtitle.setText(line.toString());
    }

    private void updateTabTitles() {
        timelineTab.setText(context.text("ui.partners.tab.timeline", model.timeline().size()));
        personsTab.setText(context.text("ui.partners.tab.persons", model.persons().size()));
    }

    private void updateDuplicates() {
        duplicateNotes.getChildren().clear();
        Partner p = model.partnerProperty().get();
        if (p == null || model.modeProperty().get() != PartnerDetailViewModel.Mode.PARTNER) {
            return;
        }
        for (PartnerDuplicate pair : duplicates) {
            if (!pair.involves(p.id())) {
                continue;
            }
            var other = pair.other(p.id());
            Label text = new Label(context.text("ui.partners.duplicate." + pair.reason().code(), other.name()),
                    Icons.of(Material2MZ.MERGE_TYPE, 16));
            text.setWrapText(true);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            Button merge = new Button(context.text("ui.partners.merge.action"));
            merge.getStyleClass().add(Styles.SMALL);
            merge.setMinWidth(Region.USE_PREF_SIZE);
            merge.setId("duplicate-merge");
            merge.setOnAction(e -> actions.merge(pair.first().id(), pair.second().id()));
            HBox note = new HBox(10, text, merge);
            note.setAlignment(Pos.CENTER_LEFT);
            note.getStyleClass().add("duplicate-note");
            duplicateNotes.getChildren().add(note);
        }
    }

    private Node timelinePane() {
        ListView<TimelineEntry> list = new ListView<>(model.timeline());
        list.setId("timeline");
        list.getStyleClass().addAll("timeline-list", Tweaks.EDGE_TO_EDGE);
        list.setCellFactory(v -> new TimelineCell(context));
        list.setPlaceholder(new EmptyState(Material2AL.CHAT_BUBBLE_OUTLINE, context.text("ui.timeline.empty.title"),
                context.text("ui.timeline.empty.text")));
        list.setFocusTraversable(true);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(list);
        box.setPadding(new Insets(8, 12, 12, 12));
        return box;
    }

    private Node fieldsForm() {
        FormField<ComboBox<Category>> category = FormField.choice("category", context.text("field.category"));
        Choices.coded(category.control(), Category.class, context.messages(), null, true);
        category.control().valueProperty().bindBidirectional(model.category);
        FormField<ComboBox<PartnerStatus>> status = FormField.choice("status", context.text("field.status"));
        Choices.coded(status.control(), PartnerStatus.class, context.messages(), null, false);
        status.control().valueProperty().bindBidirectional(model.status);
        FormField<ComboBox<Therapist>> owner = FormField.choice("owner", context.text("field.owner"));
        owner.control().setConverter(Choices.converter(Therapist::name, context.text("ui.partners.owner.none")));
        Runnable fillOwners = () -> {
            Therapist chosen = model.owner.get();
            owner.control().getItems().setAll(new ArrayList<Therapist>(Collections.singletonList(null)));
            owner.control().getItems().addAll(model.therapists());
            owner.control().setValue(chosen);
        };
        model.therapists().addListener((ListChangeListener<Therapist>) c -> fillOwners.run());
        fillOwners.run();
        owner.control().valueProperty().addListener((obs, old, value) -> model.owner.set(value));
        model.owner.addListener((obs, old, value) -> owner.control().setValue(value));
        FormField<TextField> rhythm = FormField.text("rhythmDays", context.text("field.rhythmDays"));
        rhythm.control().textProperty().bindBidirectional(model.rhythmDays);
        Runnable rhythmPrompt = () -> rhythm.control().setPromptText(model.category.get() == null ? ""
                : context.text("ui.partners.rhythm.default", model.category.get().defaultRhythmDays()));
        model.category.addListener((obs, old, value) -> rhythmPrompt.run());
        rhythmPrompt.run();
        FormField<ComboBox<Integer>> trust = FormField.choice("trust", context.text("field.trust"));
        trust.control().getItems().setAll(Arrays.asList(null, 1, 2, 3, 4, 5));
        trust.control().setConverter(Choices.converter(n -> context.text("ui.partners.trust." + n),
                context.text("ui.partners.trust.unknown")));
        trust.control().valueProperty().bindBidirectional(model.trust);

        FormField<TextField> street = bound(FormField.text("street", context.text("field.street")), model.street);
        FormField<TextField> postcode = bound(FormField.text("postcode", context.text("field.postcode")), model.postcode);
        FormField<TextField> city = bound(FormField.text("city", context.text("field.city")), model.city);
        FormField<TextField> phone = bound(FormField.text("phone", context.text("field.phone")), model.phone);
        FormField<TextField> email = bound(FormField.text("email", context.text("field.email")), model.email);
        FormField<TextField> website = bound(FormField.text("website", context.text("field.website")), model.website);
        FormField<TextField> tags = bound(FormField.text("tags", context.text("field.tags")), model.tags);
        tags.control().setPromptText(context.text("ui.partners.tags.prompt"));
        FormField<TextArea> notes = FormField.area("notes", context.text("field.notes"), 4);
        notes.control().textProperty().bindBidirectional(model.notes);
        nameField.control().textProperty().bindBidirectional(model.name);

        Form form = new Form(2);
        form.add(nameField, 2)
                .add(category).add(status)
                .add(owner).add(rhythm)
                .add(street, 2)
                .add(postcode).add(city)
                .add(phone).add(email)
                .add(website).add(trust)
                .add(tags, 2)
                .add(notes, 2);
        form.showErrors(model.validation().errors());
        VBox box = new VBox(form.node());
        box.setPadding(new Insets(12, 20, 20, 20));
        return box;
    }

    private Node relationPane() {
        FormField<TextArea> how = FormField.area("howWeKnowEachOther", context.text("field.howWeKnowEachOther"), 3);
        how.control().textProperty().bindBidirectional(model.howWeKnowEachOther);
        FormField<TextArea> forUs = FormField.area("whatTheyMeanForUs", context.text("field.whatTheyMeanForUs"), 3);
        forUs.control().textProperty().bindBidirectional(model.whatTheyMeanForUs);
        FormField<TextArea> forThem = FormField.area("whatWeMeanForThem", context.text("field.whatWeMeanForThem"), 3);
        forThem.control().textProperty().bindBidirectional(model.whatWeMeanForThem);
        FormField<nl.verbinder.ui.form.DateField> since = nl.verbinder.ui.form.FormBindings.dateField("knownSince",
                context.text("field.knownSince"), context);
        since.control().valueProperty().bindBidirectional(model.knownSince);
        Form form = new Form(1);
        form.add(how).add(since).add(forUs).add(forThem);
        form.showErrors(model.validation().errors());

        Label goalsTitle = new Label(context.text("ui.partners.goals.title"));
        goalsTitle.getStyleClass().add(UiStyles.SECTION_TITLE);
        FlowPane goals = new FlowPane(6, 6);
        goals.setId("partner-goals");
        Label noGoals = new Label(context.text("ui.partners.goals.none"));
        noGoals.getStyleClass().add(UiStyles.HINT);
        noGoals.setWrapText(true);
        Runnable fillGoals = () -> {
            goals.getChildren().clear();
            for (SharedGoal goal : model.goals()) {
                Label chip = new Label(goal.title() + " · " + context.label(goal.status()), Icons.of(Material2AL.FLAG, 12));
                chip.getStyleClass().add(UiStyles.CHIP);
                goals.getChildren().add(chip);
            }
            if (model.goals().isEmpty()) {
                goals.getChildren().add(noGoals);
            }
        };
        model.goals().addListener((ListChangeListener<SharedGoal>) c -> fillGoals.run());
        fillGoals.run();

        VBox box = new VBox(12, form.node(), goalsTitle, goals, relationshipCheck());
        box.setPadding(new Insets(12, 20, 20, 20));
        return box;
    }

    /** The relationship check: its scores and advice, and the button that opens it (not while the form has edits). */
    private Node relationshipCheck() {
        Label title = new Label(context.text("relationship.title"));
        title.getStyleClass().add(UiStyles.SECTION_TITLE);
        Label summary = new Label();
        summary.setId("partner-relationship-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(Bindings.createStringBinding(() ->
                model.checkProperty().get() == null ? ""
                        : RelationshipCheckDialog.summary(context, model.checkProperty().get()), model.checkProperty()));
        Button open = new Button(context.text("relationship.open"));
        open.setId("partner-relationship-check");
        open.disableProperty().bind(model.unsaved().dirtyProperty()
                .or(model.modeProperty().isNotEqualTo(PartnerDetailViewModel.Mode.PARTNER)));
        open.setOnAction(e -> new RelationshipCheckDialog(context, model.checkForm(),
                model.partnerProperty().get().name()).showAndWait());
        open.setMinWidth(Region.USE_PREF_SIZE); // the summary wraps; the button keeps its word
        summary.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(summary, Priority.ALWAYS);
        HBox row = new HBox(10, summary, open);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, title, row);
    }

    private Node saveBar() {
        Label text = new Label();
        text.setId("save-bar-text");
        Button revert = new Button(context.text("ui.partners.revert"));
        revert.setId("partner-revert");
        revert.setOnAction(e -> model.revert());
        revert.setMinWidth(Region.USE_PREF_SIZE);
        Button save = new Button(context.text("ui.action.save"), Icons.of(Material2MZ.SAVE, 16));
        save.setId("partner-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(false);
        save.setTooltip(new Tooltip(context.text("ui.partners.save.shortcut")));
        save.setOnAction(e -> model.save());
        save.setMinWidth(Region.USE_PREF_SIZE);
        text.setMinWidth(0);
        save.disableProperty().bind(model.savingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, Icons.of(Material2AL.EDIT, 16), text, spacer, revert, save);
        bar.getStyleClass().add(UiStyles.SAVE_BAR);
        bar.setId("save-bar");
        var isNew = model.modeProperty().isEqualTo(PartnerDetailViewModel.Mode.NEW);
        var visible = model.unsaved().dirtyProperty().or(isNew);
        bar.visibleProperty().bind(visible);
        bar.managedProperty().bind(visible);
        text.textProperty().bind(Bindings.when(isNew).then(context.text("ui.partners.new.unsaved"))
                .otherwise(context.text("ui.partners.unsaved")));
        revert.textProperty().bind(Bindings.when(isNew).then(context.text("ui.action.cancel"))
                .otherwise(context.text("ui.partners.revert")));
        return bar;
    }

    private static FormField<TextField> bound(FormField<TextField> field, StringProperty property) {
        field.control().textProperty().bindBidirectional(property);
        return field;
    }

    private static Node scrolled(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return new StackPane(scroll);
    }
}
