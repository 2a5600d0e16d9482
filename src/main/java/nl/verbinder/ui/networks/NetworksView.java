package nl.verbinder.ui.networks;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.verbinder.domain.networks.NetworkMember;
import nl.verbinder.domain.networks.NetworkPhase;
import nl.verbinder.domain.networks.NetworkReview;
import nl.verbinder.domain.networks.PracticeNetwork;
import nl.verbinder.service.PracticeNetworkService.NetworkDetail;
import nl.verbinder.ui.area.AreaHeader;
import nl.verbinder.ui.area.AreaViewBase;
import nl.verbinder.ui.area.EmptyState;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.form.Choices;
import nl.verbinder.ui.form.DateField;
import nl.verbinder.ui.form.PartnerSearchField;
import nl.verbinder.ui.fx.Labels;
import nl.verbinder.ui.fx.UiStyles;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Netwerken: on the left every network the practice takes part in (kind, phase, our role, last
 * review, decision); on the right the chosen one with its members, goals, phase timeline, the
 * radar of its latest review over the previous one, the course of each dimension and the
 * governance-fit hint.
 */
public final class NetworksView extends AreaViewBase<StackPane, NetworksViewModel> {

    private final BorderPane content = new BorderPane();
    private final Label count = new Label();
    private final TableView<NetworkListRow> table = new TableView<>();
    private final VBox detail = new VBox(12);
    private final RadarChart radar = new RadarChart();
    private final VBox centre = new VBox(12);
    private final PartnerSearchField memberField;
    private final TextField memberRole = new TextField();
    private boolean selecting;

    public NetworksView(UiContext context) {
        super(context, new StackPane(), new NetworksViewModel(context));
        memberField = new PartnerSearchField(context, context.text("networks.member.prompt"));
        memberField.node().setId("network-add-member");
        memberRole.setId("network-member-role");
        memberRole.setPromptText(context.text("networks.member.role"));
        memberField.selectedProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                String role = memberRole.getText();
                model.addMember(chosen.id(), role == null || role.isBlank() ? null : role.strip());
                memberField.clear();
                memberRole.clear();
            }
        });
        radar.setId("network-radar");
        radar.dataProperty().bind(model.radarProperty());

        content.setTop(new AreaHeader(context.text("ui.area.networks")).count(count)
                .actions(AreaHeader.accent(context.text("networks.new"), Material2AL.ADD, "network-new", this::create))
                .node());
        table.setId("networks-table");
        table.getColumns().setAll(List.of(
                column("field.name", NetworkListRow::name, 260), column("field.kind", NetworkListRow::kind, 190),
                column("field.phase", NetworkListRow::phase, 150), column("field.ourRole", NetworkListRow::role, 100),
                column("networks.column.last-review", NetworkListRow::lastReview, 110),
                column("field.decision", NetworkListRow::decision, 110)));
        // A phase, a role, a date and a decision are one word each: those columns keep their
        // width, and the name and the kind wrap at a space instead.
        table.getColumns().stream().skip(2).forEach(c -> c.setMinWidth(c.getPrefWidth()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!selecting && row != null && (model.selected() == null || model.selected().id() != row.id())) {
                model.select(row.id());
            }
        });
        // A practice takes part in a handful of networks: the list sits above the network's
        // detail, so both have the window's whole width from a laptop's 1024 px up.
        table.minHeightProperty().bind(table.prefHeightProperty());
        detail.setPadding(new Insets(4, 24, 24, 0));
        detail.setId("network-detail");
        ScrollPane right = new ScrollPane(detail);
        right.setFitToWidth(true);
        right.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        centre.getChildren().setAll(table, right);
        VBox.setVgrow(right, Priority.ALWAYS);
        centre.setPadding(new Insets(0, 16, 0, 16));
        content.setCenter(centre);
        root.getChildren().add(content);

        model.rows().addListener((ListChangeListener<NetworkListRow>) c -> showRows());
        model.loadedProperty().addListener((obs, old, now) -> showRows());
        model.detailProperty().addListener((obs, old, now) -> showDetail());
        model.courses().addListener((ListChangeListener<NetworksViewModel.Course>) c -> showDetail());
    }

    private TableColumn<NetworkListRow, String> column(String key,
                                                       Function<NetworkListRow, String> value,
                                                       double width) {
        TableColumn<NetworkListRow, String> column = new TableColumn<>(context.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setCellFactory(c -> new WrappingCell());
        return column;
    }

    private void create() {
        new NetworkDialog(context, model.newNetwork()).showAndWait();
    }

    private void edit() {
        NetworkEditor editor = model.edit();
        if (editor != null) {
            new NetworkDialog(context, editor).showAndWait();
        }
    }

    private void review() {
        ReviewForm form = model.review();
        if (form != null) {
            new ReviewDialog(context, form, model.selected().name()).showAndWait();
        }
    }

    private void logMeeting() {
        MeetingForm form = model.meeting();
        if (form != null) {
            new MeetingDialog(context, form, model.selected().name()).showAndWait();
        }
    }

    private void showRows() {
        // Empty: the header (with "Nieuw netwerk") stays, the explanation takes the place of list and detail.
        if (model.loadedProperty().get() && model.rows().isEmpty()) {
            count.setText("");
            content.setCenter(new EmptyState(Material2AL.GROUP_WORK, context.text("networks.empty.title"),
                    context.text("networks.empty.text")));
            return;
        }
        if (content.getCenter() != centre) {
            content.setCenter(centre);
        }
        count.setText(context.count("networks.count", model.rows().size()));
        selecting = true;
        try {
            table.getItems().setAll(model.rows());
            // Room for every network up to four (a row can take two lines), then the list scrolls.
            table.setPrefHeight(44 + 48 * Math.min(Math.max(model.rows().size(), 1), 4));
            selectRowOfDetail();
        } finally {
            selecting = false;
        }
    }

    private void selectRowOfDetail() {
        PracticeNetwork chosen = model.selected();
        if (chosen == null) {
            return;
        }
        table.getItems().stream().filter(r -> r.id() == chosen.id()).findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r));
    }

    private void showDetail() {
        detail.getChildren().clear();
        NetworkDetail d = model.detailProperty().get();
        if (d == null) {
            return;
        }
        selecting = true;
        try {
            selectRowOfDetail();
        } finally {
            selecting = false;
        }
        PracticeNetwork n = d.network();
        Label title = new Label(n.name());
        title.getStyleClass().add(Styles.TITLE_3);
        title.setId("network-title");
        Label facts = new Label(String.join(" · ", context.label(n.kind()), context.label(n.governance()),
                context.label(n.focus()), n.region() == null ? context.label(n.scope())
                        : context.label(n.scope()) + " (" + n.region() + ")",
                context.text("networks.detail.role", context.label(n.ourRole()))));
        facts.setWrapText(true);
        facts.setId("network-facts");
        Label investment = Labels.wrapped(investment(n), Styles.TEXT_MUTED);
        Button reviewButton = AreaHeader.accent(context.text("networks.review"), Material2MZ.RATE_REVIEW,
                "network-review", this::review);
        Button editButton = AreaHeader.button(context.text("networks.edit"), Material2AL.EDIT, "network-edit",
                this::edit);
        Button deleteButton = AreaHeader.button(context.text("networks.action.delete"), Material2AL.DELETE_OUTLINE,
                "network-delete", model::delete);
        Button meetingButton = AreaHeader.button(context.text("networks.meeting"), Material2AL.EVENT_NOTE,
                "network-meeting", this::logMeeting);
        HBox actions = new HBox(8, reviewButton, meetingButton, editButton, deleteButton);
        detail.getChildren().addAll(title, facts, investment, actions);

        detail.getChildren().add(section("networks.section.radar"));
        NetworkReview latest = d.latestReview();
        if (latest == null) {
            detail.getChildren().add(hint(context.text("networks.review.none")));
        } else {
            NetworkReview previous = d.change().previous();
            Label legend = new Label(previous == null
                    ? context.text("networks.radar.legend.one", context.date(latest.reviewedOn()),
                            context.label(latest.decision()))
                    : context.text("networks.radar.legend", context.date(latest.reviewedOn()),
                            context.label(latest.decision()), context.date(previous.reviewedOn())));
            legend.setId("network-radar-legend");
            legend.setWrapText(true);
            if (latest.decisionNote() != null) {
                legend.setText(legend.getText() + " — " + latest.decisionNote());
            }
            FlowPane chart = new FlowPane(16, 12, radar, course());
            chart.setAlignment(Pos.TOP_LEFT);
            detail.getChildren().addAll(legend, chart);
            VBox fit = new VBox(4);
            fit.setId("network-fit");
            Label summary = Labels.wrapped(model.fitSummaryProperty().get(), Styles.TEXT_BOLD);
            fit.getChildren().add(summary);
            for (String reason : model.fitReasons()) {
                Label line = new Label("• " + reason);
                line.setWrapText(true);
                fit.getChildren().add(line);
            }
            fit.getChildren().add(hint(context.text("network-fit.note")));
            detail.getChildren().addAll(section("networks.section.fit"), fit);
        }

        detail.getChildren().add(section("networks.section.members"));
        VBox members = new VBox(4);
        members.setId("network-members");
        for (NetworkMember m : n.members()) {
            Hyperlink name = new Hyperlink(m.partnerName());
            name.setOnAction(e -> model.openPartner(m.partnerId()));
            Label role = new Label(m.role() == null ? "" : m.role());
            role.getStyleClass().add(Styles.TEXT_MUTED);
            Hyperlink remove = new Hyperlink(context.text("networks.member.remove"));
            remove.setId("network-remove-member-" + m.partnerId());
            remove.setOnAction(e -> model.removeMember(m.partnerId()));
            HBox row = new HBox(8, name, role, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            members.getChildren().add(row);
        }
        if (n.members().isEmpty()) {
            members.getChildren().add(hint(context.text("networks.members.none")));
        }
        HBox add = new HBox(8, memberRole, memberField.node());
        HBox.setHgrow(memberField.node(), Priority.ALWAYS);
        detail.getChildren().addAll(members, add);

        detail.getChildren().add(section("networks.section.goals"));
        if (model.goals().isEmpty()) {
            detail.getChildren().add(hint(context.text("networks.goals.none")));
        }
        model.goals().forEach(g -> detail.getChildren().add(new Label("• " + g)));

        detail.getChildren().add(section("networks.section.phases"));
        FlowPane timeline = new FlowPane(6, 6);
        timeline.setId("network-phases");
        List<String> phases = model.phases();
        for (int i = 0; i < phases.size(); i++) {
            Label step = new Label(phases.get(i));
            step.getStyleClass().add(UiStyles.CHIP);
            if (i == phases.size() - 1) {
                step.getStyleClass().add(Styles.ACCENT);
            }
            timeline.getChildren().add(step);
            if (i < phases.size() - 1) {
                timeline.getChildren().add(new Label("→"));
            }
        }
        ComboBox<NetworkPhase> phase = new ComboBox<>();
        phase.setId("network-phase-choice");
        Choices.coded(phase, NetworkPhase.class, context.messages(), null, false);
        phase.setValue(n.phase());
        DateField since = new DateField(context.messages());
        since.setId("network-phase-since");
        since.setValue(context.today());
        Button change = AreaHeader.button(context.text("networks.phase.change"), Material2AL.ARROW_FORWARD,
                "network-phase-change", () -> model.changePhase(phase.getValue(), since.currentValue()));
        HBox phaseRow = new HBox(8, phase, since, change);
        phaseRow.setAlignment(Pos.CENTER_LEFT);
        detail.getChildren().addAll(timeline, phaseRow);
    }

    private Node course() {
        GridPane grid = new GridPane(12, 4);
        grid.setId("network-course");
        Label heading = new Label(context.text("networks.section.course"));
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        grid.add(heading, 0, 0, 2, 1);
        int row = 1;
        for (NetworksViewModel.Course c : model.courses()) {
            Label dimension = new Label(c.dimension());
            dimension.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(dimension, 0, row);
            Label scores = new Label(String.join(" → ", c.scores().stream().map(String::valueOf).toList()));
            scores.setMinWidth(Region.USE_PREF_SIZE);
            scores.setId("network-course-" + row);
            grid.add(scores, 1, row++);
        }
        return grid;
    }

    private String investment(PracticeNetwork n) {
        String hours = n.hoursPerQuarter() == null ? context.text("networks.detail.hours.unknown")
                : context.text("networks.detail.hours", n.hoursPerQuarter());
        if (!n.carriesContract()) {
            return hours;
        }
        return hours + " · " + (n.contractUntil() == null ? context.text("networks.detail.contract", n.contract())
                : context.text("networks.detail.contract-until", n.contract(), context.date(n.contractUntil())));
    }

    private Label section(String key) {
        Label label = new Label(context.text(key));
        label.getStyleClass().add(UiStyles.SECTION_TITLE);
        label.setPadding(new Insets(8, 0, 0, 0));
        return label;
    }

    private Label hint(String text) {
        return Labels.wrapped(text, UiStyles.HINT);
    }

    /** A list cell that wraps a long name onto a second line instead of cutting it off. */
    private static final class WrappingCell extends TableCell<NetworkListRow, String> {

        WrappingCell() {
            setWrapText(true);
            setMinHeight(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }
    }
}
