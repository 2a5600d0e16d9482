package nl.verbinder.ui.goals;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.verbinder.domain.GoalStatus;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.domain.history.RecordKind;
import nl.verbinder.domain.search.SearchKind;
import nl.verbinder.ui.area.AreaHeader;
import nl.verbinder.ui.area.AreaViewBase;
import nl.verbinder.ui.area.EmptyState;
import nl.verbinder.ui.area.RecentItems;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.form.Choices;
import nl.verbinder.ui.form.PartnerSearchField;
import nl.verbinder.ui.form.TypeToSelect;
import nl.verbinder.ui.fx.Icons;
import nl.verbinder.ui.fx.Labels;
import nl.verbinder.ui.fx.UiStyles;
import nl.verbinder.ui.history.RecordHistoryDialog;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The area Gemeenschappelijke delers: the goals grouped by status on the left; the chosen one
 * on the right with the four questions, its partners (link and unlink) and the contact
 * moments that served it.
 */
public final class GoalsView extends AreaViewBase<StackPane, GoalsViewModel> {

    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("selected");

    private final BorderPane content = new BorderPane();
    private final VBox groups = new VBox(4);
    private final VBox detail = new VBox(10);
    private final Label count = new Label();
    private final PartnerSearchField linkField;
    private boolean showingStatus;

    public GoalsView(UiContext context) {
        super(context, new StackPane(), new GoalsViewModel(context));
        this.linkField = new PartnerSearchField(context, context.text("areas.goals.link.prompt"));
        linkField.node().setId("goal-link-partner");
        linkField.selectedProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                model.link(chosen.id());
                linkField.clear();
            }
        });

        content.setTop(header());
        groups.setPadding(new Insets(0, 12, 20, 20));
        groups.setId("goal-groups");
        ScrollPane left = new ScrollPane(groups);
        left.setFitToWidth(true);
        left.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        left.setPrefWidth(380);
        left.setMinWidth(300);
        detail.setPadding(new Insets(4, 24, 24, 16));
        detail.setId("goal-detail");
        ScrollPane right = new ScrollPane(detail);
        right.setFitToWidth(true);
        right.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        HBox centre = new HBox(left, right);
        HBox.setHgrow(right, Priority.ALWAYS);
        content.setCenter(centre);
        root.getChildren().add(content);

        model.goals().addListener((ListChangeListener<GoalCard>) c -> showGoals());
        model.selectedProperty().addListener((obs, old, card) -> {
            showGoals();
            showDetail();
        });
        model.moments().addListener((ListChangeListener<GoalMoment>) c -> showDetail());
        model.loadedProperty().addListener((obs, old, loaded) -> showGoals());
    }

    private Node header() {
        return new AreaHeader(context.text("ui.area.goals")).count(count)
                .actions(AreaHeader.accent(context.text("areas.goals.new"), Material2AL.ADD, "goal-new", this::create))
                .node();
    }

    private void create() {
        new GoalDialog(context, model.newGoal()).showAndWait();
    }

    private void edit() {
        GoalEditor editor = model.edit();
        if (editor != null) {
            new GoalDialog(context, editor).showAndWait();
        }
    }

    // The list, grouped by status

    private void showGoals() {
        boolean empty = model.loadedProperty().get() && model.goals().isEmpty();
        if (empty) {
            root.getChildren().setAll(new EmptyState(Material2AL.FLAG, context.text("areas.goals.empty.title"),
                    context.text("areas.goals.empty.text")).withAction(context.text("areas.goals.new"), this::create));
            return;
        }
        if (root.getChildren().getFirst() != content) {
            root.getChildren().setAll(content);
        }
        count.setText(context.text("areas.goals.count", model.goals().size()));
        groups.getChildren().clear();
        for (GoalStatus status : GoalStatus.values()) {
            List<GoalCard> cards = model.withStatus(status);
            Label heading = new Label(context.label(status) + "  " + cards.size());
            heading.getStyleClass().add(UiStyles.SECTION_TITLE);
            heading.setId("goal-status-" + status.code());
            heading.setPadding(new Insets(10, 0, 2, 0));
            groups.getChildren().add(heading);
            if (cards.isEmpty()) {
                Label none = new Label(context.text("areas.goals.status.none"));
                none.getStyleClass().add(UiStyles.HINT);
                groups.getChildren().add(none);
            }
            VBox column = new VBox(6);
            column.setId("goal-column-" + status.code());
            cards.forEach(card -> column.getChildren().add(card(card)));
            groups.getChildren().add(column);
        }
    }

    private Node card(GoalCard card) {
        Label title = Labels.wrapped(card.goal().title(), Styles.TEXT_BOLD);
        VBox box = new VBox(3, title);
        if (!card.partners().isEmpty()) {
            Label partners = new Label(card.partnerNames(), Icons.of(Material2AL.GROUP, 14));
            partners.getStyleClass().add(UiStyles.HINT);
            partners.setWrapText(true);
            box.getChildren().add(partners);
        }
        if (card.goal().targetDate() != null) {
            Label target = new Label(context.text("areas.goals.target", context.date(card.goal().targetDate())));
            target.getStyleClass().add(UiStyles.HINT);
            box.getChildren().add(target);
        }
        box.getStyleClass().addAll(UiStyles.CARD, "goal-card");
        box.setFocusTraversable(true);
        box.setAccessibleRole(AccessibleRole.BUTTON);
        box.setAccessibleText(card.goal().title());
        box.setUserData(card.id());
        box.setOnMouseClicked(e -> {
            box.requestFocus();
            open(card);
        });
        box.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                open(card);
                e.consume();
            }
        });
        boolean chosen = model.selected() != null && model.selected().id() == card.id();
        box.pseudoClassStateChanged(CHOSEN, chosen);
        return box;
    }

    // The chosen goal

    private void showDetail() {
        detail.getChildren().clear();
        GoalCard card = model.selected();
        if (card == null) {
            Label hint = new Label(context.text("areas.goals.detail.none"));
            hint.getStyleClass().add(UiStyles.HINT);
            detail.getChildren().add(hint);
            return;
        }
        SharedGoal goal = card.goal();
        Label title = Labels.wrapped(goal.title(), Styles.TITLE_3);
        title.setId("goal-title");

        ComboBox<GoalStatus> status = new ComboBox<>();
        Choices.coded(status, GoalStatus.class, context.messages(), null, false);
        status.setId("goal-status");
        TypeToSelect.install(status);
        status.setAccessibleText(context.text("field.status"));
        showingStatus = true;
        status.setValue(goal.status());
        showingStatus = false;
        status.valueProperty().addListener((obs, old, chosen) -> {
            if (!showingStatus) {
                model.changeStatus(chosen);
            }
        });
        Label statusLabel = new Label(context.text("field.status"));
        statusLabel.setLabelFor(status);
        Button edit = new Button(context.text("areas.action.edit"), Icons.of(Material2AL.EDIT, 16));
        edit.setId("goal-edit");
        edit.setOnAction(e -> edit());
        Button delete = new Button(context.text("areas.action.delete"), Icons.of(Material2AL.DELETE_OUTLINE, 16));
        delete.getStyleClass().addAll(Styles.DANGER, Styles.FLAT);
        delete.setId("goal-delete");
        delete.setOnAction(e -> model.delete());
        Button history = new Button(context.text("history.ui.record.action"), Icons.of(Material2AL.HISTORY, 16));
        history.setId("goal-history");
        history.setOnAction(e -> context.dialogs().show(new RecordHistoryDialog(context,
                RecordKind.GOAL, goal.id(), goal.title())));
        statusLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox statusField = new HBox(8, statusLabel, status);
        statusField.setAlignment(Pos.CENTER_LEFT);
        for (Button button : List.of(edit, history, delete)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        // In a narrow window the buttons move to a second line instead of squeezing the words.
        FlowPane actions = new FlowPane(8, 6, statusField, edit, history, delete);
        actions.setAlignment(Pos.CENTER_LEFT);
        detail.getChildren().add(title);
        if (goal.targetDate() != null) {
            Label target = new Label(context.text("areas.goals.target", context.date(goal.targetDate())));
            target.getStyleClass().add(Styles.TEXT_MUTED);
            detail.getChildren().add(target);
        }
        detail.getChildren().add(actions);

        question("whatIsGoingOn", goal.whatIsGoingOn());
        question("whatMattersForPatient", goal.whatMattersForPatient());
        question("possibilities", goal.possibilities());
        question("whatWeGoFor", goal.whatWeGoFor());

        detail.getChildren().add(sectionTitle("areas.goals.partners"));
        FlowPane partners = new FlowPane(6, 6);
        partners.setId("goal-partners");
        for (GoalCard.LinkedPartner partner : card.partners()) {
            partners.getChildren().add(partnerChip(partner));
        }
        if (card.partners().isEmpty()) {
            partners.getChildren().add(hint("areas.goals.partners.none"));
        }
        linkField.node().setPrefWidth(320);
        linkField.node().setMaxWidth(420);
        detail.getChildren().addAll(partners, linkField.node());

        detail.getChildren().add(sectionTitle("areas.goals.moments"));
        if (model.moments().isEmpty()) {
            detail.getChildren().add(hint("areas.goals.moments.none"));
        }
        VBox moments = new VBox(6);
        moments.setId("goal-moments");
        for (GoalMoment moment : model.moments()) {
            Label heading = Labels.wrapped(moment.heading(), Styles.TEXT_BOLD);
            Label summary = new Label(moment.summary());
            summary.setWrapText(true);
            VBox box = new VBox(2, heading, summary);
            box.getStyleClass().add(UiStyles.CARD);
            moments.getChildren().add(box);
        }
        detail.getChildren().add(moments);
    }

    private Node partnerChip(GoalCard.LinkedPartner partner) {
        String name = partner.inTrash() ? context.text("areas.goals.partner.in-trash", partner.name()) : partner.name();
        Hyperlink open = new Hyperlink(name);
        open.setOnAction(e -> model.openPartner(partner.id()));
        open.setDisable(partner.inTrash());
        Button unlink = new Button(null, Icons.of(Material2AL.CLOSE, 12));
        unlink.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        unlink.setAccessibleText(context.text("areas.goals.unlink", partner.name()));
        unlink.setTooltip(new Tooltip(context.text("areas.goals.unlink", partner.name())));
        unlink.setId("goal-unlink-" + partner.id());
        unlink.setOnAction(e -> model.unlink(partner.id()));
        HBox chip = new HBox(2, open, unlink);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("partner-chip");
        return chip;
    }

    private void question(String name, String answer) {
        detail.getChildren().add(sectionTitle("field." + name));
        if (answer == null || answer.isBlank()) {
            detail.getChildren().add(hint("areas.goals.question.empty"));
        } else {
            Label text = new Label(answer);
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            detail.getChildren().add(text);
        }
    }

    private Label sectionTitle(String key) {
        return Labels.wrapped(context.text(key), UiStyles.SECTION_TITLE);
    }

    private Label hint(String key) {
        return Labels.wrapped(context.text(key), UiStyles.HINT);
    }

    /** The user chose this goal: it is shown, and becomes a recent item of "Zoeken in alles". */
    private void open(GoalCard card) {
        model.select(card);
        RecentItems.opened(context, SearchKind.GOAL, card.id());
    }

    /** The goal chosen in the list, if any. */
    public Optional<Long> selectedGoalId() {
        return Optional.ofNullable(model.selected()).map(GoalCard::id);
    }

    /** Chooses the goal in the list, as a click on its card would (from "search everything"). */
    public void selectGoal(long goalId) {
        model.goals().stream().filter(card -> card.id() == goalId).findFirst().ifPresent(model::select);
    }
}
