package nl.verbinder.ui.network;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.Therapist;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.domain.attention.Reason;
import nl.verbinder.domain.insight.MapLabels;
import nl.verbinder.domain.insight.MapLink;
import nl.verbinder.domain.insight.MapNode;
import nl.verbinder.domain.insight.MapSector;
import nl.verbinder.domain.insight.MapState;
import nl.verbinder.domain.insight.NetworkMap;
import nl.verbinder.service.AttentionTexts;
import nl.verbinder.ui.area.AreaHeader;
import nl.verbinder.ui.area.AreaViewBase;
import nl.verbinder.ui.area.EmptyState;
import nl.verbinder.ui.area.PngFiles;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.form.Choices;
import nl.verbinder.ui.form.TypeToSelect;
import nl.verbinder.ui.fx.FxPngTarget;
import nl.verbinder.ui.fx.Icons;
import nl.verbinder.ui.fx.Labels;
import nl.verbinder.ui.fx.PngTarget;
import nl.verbinder.ui.fx.UiStyles;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The area Netwerk: the practice at the centre, its partners around it by category, near
 * when the last contact is recent, large when there were many moments, coloured (and ringed)
 * by attention state; shared goals as lines. Hover a partner to read why it needs
 * attention, click it to open it in Partners. Filters and a date slider ask the view model
 * for another map; zoom and pan only redraw the canvas.
 */
public final class NetworkView extends AreaViewBase<BorderPane, NetworkViewModel> {

    static final String STYLESHEET = NetworkView.class.getResource("/nl/verbinder/ui/network.css").toExternalForm();

    private static final double CARD_WIDTH = 360;

    private final StackPane centre = new StackPane();
    private final BorderPane mapPane = new BorderPane();
    private final StackPane mapStack = new StackPane();
    private final MapCanvas canvas;
    private final Pane overlay = new Pane();
    private final VBox card = new VBox(3);
    private final HBox legend = new HBox(14);
    private final Label count = new Label();
    private final Label dateText = new Label();
    private final Slider slider = new Slider(0, NetworkViewModel.MONTHS_BACK, NetworkViewModel.MONTHS_BACK);
    private final Node toolbar;
    private PngTarget pngTarget;
    /** Whether the user turned the shared goals on or off; until then they are off for a large map. */
    private boolean goalsChosen;

    public NetworkView(UiContext context) {
        super(context, new BorderPane(), new NetworkViewModel(context));
        this.canvas = new MapCanvas(texts(), () -> MapPalette.of(context.settings().theme()));
        this.pngTarget = new FxPngTarget(context.text("ui.network.export.title"), context.text("ui.network.export.files"),
                () -> root.getScene() == null ? null : root.getScene().getWindow());

        Label hint = Labels.wrapped(context.text("ui.network.hint"), UiStyles.HINT);
        toolbar = toolbar();
        // The header pads itself, like every area's; only what is below it gets the side margins.
        VBox below = new VBox(6, hint, toolbar);
        below.setPadding(new Insets(0, 20, 8, 20));
        root.setTop(new VBox(header(), below));

        card.setId("network-card");
        card.getStyleClass().addAll(UiStyles.CARD, "network-card");
        card.setMaxWidth(CARD_WIDTH);
        card.setVisible(false);
        card.setMouseTransparent(true);
        overlay.getChildren().add(card);
        overlay.setMouseTransparent(true);
        overlay.setPickOnBounds(false);
        legend.setId("network-legend");
        legend.getStyleClass().add("network-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.setPadding(new Insets(6, 10, 6, 10));
        mapStack.getChildren().addAll(canvas, overlay);
        mapStack.setMinSize(0, 0);
        mapPane.setId("network-map");
        mapPane.setCenter(mapStack);
        mapPane.setBottom(legend);
        mapPane.setMinSize(0, 0);
        centre.setPadding(new Insets(0, 20, 20, 20));
        root.setCenter(centre);

        canvas.onHover(this::hovered);
        canvas.onOpen(node -> model.openPartner(node.partnerId()));
        model.mapProperty().addListener((obs, old, map) -> refresh());
        model.showGoalsProperty().addListener((obs, old, show) -> {
            canvas.showGoals(show);
            if (model.mapProperty().get() != null) {
                legend(model.mapProperty().get());
            }
        });
        root.getStylesheets().add(STYLESHEET);
    }

    /** Where "Exporteren als PNG" writes; the window's file chooser unless a test says otherwise. */
    public void pngTarget(PngTarget target) {
        this.pngTarget = target;
    }

    /** The names written on the map now, for tests. */
    List<MapLabels.Placed> labels() {
        return canvas.labels();
    }

    MapCanvas canvas() {
        return canvas;
    }

    private Node header() {
        count.setId("network-count");
        Button export = AreaHeader.button(context.text("ui.network.export"), Material2MZ.SAVE_ALT, "network-export",
                this::exportPng);
        export.disableProperty().bind(model.mapProperty().isNull());
        return new AreaHeader(context.text("ui.area.network")).count(count)
                .actions(AreaHeader.button(context.text("ui.network.fit"), Material2MZ.ZOOM_OUT_MAP, "network-fit",
                        canvas::fit), export)
                .node();
    }

    private Node toolbar() {
        ComboBox<Category> category = new ComboBox<>();
        category.setId("network-category");
        Choices.coded(category, Category.class, context.messages(), context.text("ui.network.filter.category.all"),
                true);
        category.setValue(null);
        category.valueProperty().bindBidirectional(model.categoryProperty());
        category.setAccessibleText(context.text("ui.network.filter.category"));
        TypeToSelect.install(category);

        ComboBox<Therapist> owner = new ComboBox<>();
        owner.setId("network-owner");
        owner.setConverter(Choices.converter(Therapist::name, context.text("ui.network.filter.owner.all")));
        model.owners().addListener((ListChangeListener<Therapist>) c -> {
            Therapist chosen = model.ownerProperty().get();
            List<Therapist> items = new ArrayList<>();
            items.add(null);
            items.addAll(model.owners());
            owner.getItems().setAll(items);
            owner.setValue(chosen);
        });
        owner.getItems().add(null);
        owner.valueProperty().bindBidirectional(model.ownerProperty());
        owner.setAccessibleText(context.text("ui.network.filter.owner"));
        TypeToSelect.install(owner);

        ComboBox<PartnerStatus> status = new ComboBox<>();
        status.setId("network-status");
        Choices.coded(status, PartnerStatus.class, context.messages(), context.text("ui.network.filter.status.all"),
                false);
        status.setValue(null);
        status.valueProperty().bindBidirectional(model.statusProperty());
        status.setAccessibleText(context.text("ui.network.filter.status"));

        CheckBox goals = new CheckBox(context.text("ui.network.goals"));
        goals.setId("network-goals");
        goals.selectedProperty().bindBidirectional(model.showGoalsProperty());
        goals.setOnAction(e -> goalsChosen = true);

        Label asOfLabel = new Label(context.text("ui.network.as-of"));
        slider.setId("network-as-of");
        slider.setMajorTickUnit(6);
        slider.setMinorTickCount(5);
        slider.setBlockIncrement(1);
        slider.setSnapToTicks(true);
        slider.setShowTickMarks(true);
        slider.setPrefWidth(200);
        slider.setAccessibleText(context.text("ui.network.as-of"));
        asOfLabel.setLabelFor(slider);
        dateText.setId("network-as-of-date");
        dateText.setMinWidth(80);
        slider.valueProperty().addListener((obs, old, value) -> {
            dateText.setText(dateLabel());
            if (!slider.isValueChanging()) {
                applyDate();
            }
        });
        slider.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                applyDate();
            }
        });
        dateText.setText(dateLabel());
        Button today = new Button(context.text("ui.network.as-of.today"), Icons.of(Material2MZ.TODAY, 16));
        today.setId("network-today");
        today.setOnAction(e -> slider.setValue(NetworkViewModel.MONTHS_BACK));

        HBox time = new HBox(8, asOfLabel, slider, dateText, today);
        time.setAlignment(Pos.CENTER_LEFT);
        FlowPane bar = new FlowPane(12, 8, category, owner, status, goals, time);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private int monthsBack() {
        return NetworkViewModel.MONTHS_BACK - (int) Math.round(slider.getValue());
    }

    private String dateLabel() {
        return context.date(model.monthsBack(monthsBack()));
    }

    private void applyDate() {
        model.asOfProperty().set(model.monthsBack(monthsBack()));
    }

    /** Sets the date slider to this many months back (0 = today), as the user would. */
    void showMonthsBack(int months) {
        slider.setValue(NetworkViewModel.MONTHS_BACK - months);
    }

    private MapCanvas.Texts texts() {
        return new MapCanvas.Texts() {
            @Override
            public String sector(MapSector sector) {
                return context.label(sector.category()) + " (" + sector.count() + ")";
            }

            @Override
            public String ring(String key) {
                return context.text(key);
            }

            @Override
            public String hint() {
                return context.text("ui.network.aggregated");
            }

            @Override
            public String practice(NetworkMap map) {
                return map.practiceName() == null || map.practiceName().isBlank()
                        ? context.text("ui.network.practice") : map.practiceName();
            }
        };
    }

    private void refresh() {
        NetworkMap map = model.mapProperty().get();
        if (map == null) {
            return;
        }
        count.setText(context.text("ui.network.count", map.nodes().size()));
        card.setVisible(false);
        if (!model.anyPartnersProperty().get()) {
            toolbar.setVisible(false);
            toolbar.setManaged(false);
            centre.getChildren().setAll(new EmptyState(Material2AL.BUBBLE_CHART, context.text("ui.network.empty.title"),
                    context.text("ui.network.empty.text"))
                    .withAction(context.text("ui.network.empty.action"), model::showPartners));
            return;
        }
        toolbar.setVisible(true);
        toolbar.setManaged(true);
        if (map.isEmpty()) {
            centre.getChildren().setAll(new EmptyState(Material2AL.FILTER_ALT, context.text("ui.network.filtered.title"),
                    context.text("ui.network.filtered.text")));
            return;
        }
        centre.getChildren().setAll(mapPane);
        if (!goalsChosen) {
            model.showGoalsProperty().set(map.nodes().size() <= MapCanvas.AGGREGATE_ABOVE);
        }
        canvas.showGoals(model.showGoalsProperty().get());
        canvas.show(map);
        legend(map);
        Map<MapState, Integer> counts = map.countsByState();
        canvas.setAccessibleText(context.text("ui.network.summary", map.nodes().size(), counts.get(MapState.FINE),
                counts.get(MapState.ATTENTION), counts.get(MapState.URGENT)));
    }

    private void legend(NetworkMap map) {
        MapPalette palette = MapPalette.of(context.settings().theme());
        legend.getChildren().clear();
        Map<MapState, Integer> counts = map.countsByState();
        for (MapState state : MapState.values()) {
            Canvas icon = new Canvas(26, 22);
            MapPainter.node(icon.getGraphicsContext2D(), palette, state, 13, 11, 5, false, false);
            Label label = new Label(context.label(state) + " (" + counts.get(state) + ")", icon);
            label.setId("network-legend-" + state.code());
            legend.getChildren().add(label);
        }
        if (model.showGoalsProperty().get() && !map.links().isEmpty()) {
            Canvas line = new Canvas(22, 12);
            GraphicsContext g = line.getGraphicsContext2D();
            g.setStroke(palette.link());
            g.setLineWidth(2);
            g.strokeLine(1, 6, 21, 6);
            legend.getChildren().add(new Label(context.text("ui.network.legend.goal"), line));
        }
        Label reading = new Label(context.text("ui.network.legend.distance") + "\n" + context.text("ui.network.legend.size"));
        reading.getStyleClass().add(Styles.TEXT_SMALL);
        reading.getStyleClass().add(Styles.TEXT_MUTED);
        legend.getChildren().add(reading);
    }

    private void hovered(MapNode node, double x, double y) {
        if (node == null) {
            card.setVisible(false);
            return;
        }
        List<Node> lines = cardLines(node);
        lines.forEach(line -> ((Label) line).setWrapText(true));
        card.getChildren().setAll(lines);
        card.setVisible(true);
        card.applyCss();
        double w = Math.min(CARD_WIDTH, card.prefWidth(-1));
        double h = card.prefHeight(w);
        card.resize(w, h);
        double left = x + 16 + w > mapStack.getWidth() ? x - 16 - w : x + 16;
        double top = Math.min(Math.max(0, y + 12), Math.max(0, mapStack.getHeight() - h));
        card.relocate(Math.max(0, left), top);
    }

    private List<Node> cardLines(MapNode node) {
        List<Node> lines = new ArrayList<>();
        Label name = new Label(node.name());
        name.setId("network-card-name");
        name.getStyleClass().add(Styles.TEXT_BOLD);
        name.setWrapText(true);
        lines.add(name);
        lines.add(muted(context.text("ui.network.card.category-status", context.label(node.category()),
                context.label(node.status()))));
        if (node.ownerName() != null) {
            lines.add(muted(context.text("ui.network.card.owner", node.ownerName())));
        }
        Label contact = new Label(node.lastContact() == null ? context.text("ui.network.card.never")
                : context.text("ui.network.card.last-contact", context.date(node.lastContact()),
                node.daysSinceContact()));
        contact.setId("network-card-contact");
        lines.add(contact);
        lines.add(new Label(context.text("ui.network.card.moments", node.momentsLastYear())));
        Label state = new Label(context.label(node.state()));
        state.getStyleClass().add(switch (node.state()) {
            case FINE -> Styles.SUCCESS;
            case ATTENTION -> Styles.WARNING;
            case URGENT -> Styles.DANGER;
        });
        lines.add(state);
        for (Reason reason : node.reasons()) {
            Label sentence = Labels.wrapped("• " + AttentionTexts.sentence(context.messages(), reason),
                    "network-card-reason");
            lines.add(sentence);
        }
        Set<String> goals = new LinkedHashSet<>();
        NetworkMap map = model.mapProperty().get();
        for (MapLink link : map.links()) {
            if (link.fromPartnerId() == node.partnerId() || link.toPartnerId() == node.partnerId()) {
                goals.add(link.goalTitle());
            }
        }
        if (!goals.isEmpty()) {
            Label line = new Label(context.text("ui.network.card.goals", String.join(", ", goals)));
            line.setWrapText(true);
            lines.add(line);
        }
        lines.add(muted(context.text("ui.network.card.open")));
        return lines;
    }

    private Label muted(String text) {
        return Labels.wrapped(text, Styles.TEXT_MUTED);
    }

    /** Saves the map with its legend as it is drawn now (zoom and pan included) as PNG. */
    void exportPng() {
        NetworkMap map = model.mapProperty().get();
        if (map == null) {
            return;
        }
        var file = pngTarget.choose(context.text("ui.network.export.file-name", map.asOf().toString()));
        if (file.isEmpty()) {
            return;
        }
        boolean cardShown = card.isVisible();
        card.setVisible(false);
        WritableImage image = mapPane.snapshot(null, null);
        card.setVisible(cardShown);
        PngFiles.save(context, image, file.get(), "ui.network.export.done",
                () -> new VerbinderException("ui.network.export.failed", "no PNG writer"));
    }
}
