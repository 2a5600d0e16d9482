package nl.verbinder.ui.insight;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.GoalStatus;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.insight.CategoryStatusCount;
import nl.verbinder.domain.insight.FactorCount;
import nl.verbinder.domain.insight.GiveAskMonth;
import nl.verbinder.domain.insight.InsightCharts;
import nl.verbinder.domain.insight.MomentGrouping;
import nl.verbinder.domain.insight.MomentsPerMonth;
import nl.verbinder.domain.insight.MonthSeries;
import nl.verbinder.domain.relationship.RelationshipAdvice;
import nl.verbinder.domain.relationship.RelationshipPoint;
import nl.verbinder.service.insight.MonthNames;
import nl.verbinder.ui.area.Area;
import nl.verbinder.ui.area.AreaHeader;
import nl.verbinder.ui.area.AreaViewBase;
import nl.verbinder.ui.area.EmptyState;
import nl.verbinder.ui.area.UiContext;
import nl.verbinder.ui.fx.FxPngTarget;
import nl.verbinder.ui.fx.Icons;
import nl.verbinder.ui.fx.Labels;
import nl.verbinder.ui.fx.PngTarget;
import nl.verbinder.ui.fx.UiStyles;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The area Inzicht: how the network develops, as charts over a chosen period — contact
 * moments per month (stacked by therapist or by kind), give and ask, partners per category
 * and status, shared goals per status and the environment analysis's factors. Every chart
 * can be saved as PNG; the quarterly report is one click away.
 */
public final class InsightView extends AreaViewBase<BorderPane, InsightViewModel> {

    static final String STYLESHEET = InsightView.class.getResource("/nl/verbinder/ui/insight.css").toExternalForm();

    private final StackPane centre = new StackPane();
    private final ScrollPane chartsPane;
    private final Label problem = new Label();
    private final CategoryAxis momentsMonths = new CategoryAxis();
    private final StackedBarChart<String, Number> moments = new StackedBarChart<>(momentsMonths, count());
    private final CategoryAxis giveAskMonths = new CategoryAxis();
    private final BarChart<String, Number> giveAsk = new BarChart<>(giveAskMonths, count());
    private final CategoryAxis partnerCategories = new CategoryAxis();
    private final StackedBarChart<Number, String> partners = new StackedBarChart<>(count(), partnerCategories);
    private final CategoryAxis goalStatuses = new CategoryAxis();
    private final BarChart<Number, String> goals = new BarChart<>(count(), goalStatuses);
    private final CategoryAxis factorNames = new CategoryAxis();
    private final BarChart<Number, String> factors = new BarChart<>(count(), factorNames);
    private final ScatterChart<Number, Number> trustValue = new ScatterChart<>(scale("insights.chart.trust-value.axis.trust"),
            scale("insights.chart.trust-value.axis.value"));
    private final Map<String, ChartCard> cards = new LinkedHashMap<>();
    private PngTarget pngTarget;

    public InsightView(UiContext context) {
        super(context, new BorderPane(), new InsightViewModel(context));
        this.pngTarget = new FxPngTarget(context.text("insights.export.title"), context.text("insights.export.files"),
                () -> root.getScene() == null ? null : root.getScene().getWindow());

        Label hint = Labels.wrapped(context.text("insights.hint"), UiStyles.HINT);
        problem.setId("insight-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.visibleProperty().bind(model.problemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.textProperty().bind(model.problemProperty());
        // The header pads itself, like every area's; only what is below it gets the side margins.
        VBox below = new VBox(6, hint, toolbar(), problem);
        below.setPadding(new Insets(0, 20, 8, 20));
        root.setTop(new VBox(header(), below));

        giveAsk.getStyleClass().add("give-ask-chart");
        giveAsk.setBarGap(1);
        giveAsk.setCategoryGap(6);
        moments.setCategoryGap(12);
        partners.getStyleClass().add("partners-chart");
        goals.setLegendVisible(false);
        factors.setLegendVisible(false);
        goals.getStyleClass().add("single-chart");
        factors.getStyleClass().add("single-chart");
        card("moments", context.text("insights.chart.moments"), moments);
        card("give-ask", context.text("insights.chart.give-ask"), giveAsk);
        card("partners", context.text("insights.chart.partners"), partners);
        card("goals", context.text("insights.chart.goals"), goals);
        card("factors", context.text("insights.chart.factors"), factors);
        card("trust-value", context.text("insights.chart.trust-value"), trustValue);

        GridPane grid = new GridPane(16, 16);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        grid.add(cards.get("moments"), 0, 0, 2, 1);
        grid.add(cards.get("give-ask"), 0, 1);
        grid.add(cards.get("goals"), 1, 1);
        grid.add(cards.get("partners"), 0, 2);
        grid.add(cards.get("factors"), 1, 2);
        grid.add(cards.get("trust-value"), 0, 3, 2, 1);
        grid.setPadding(new Insets(0, 20, 20, 20));
        chartsPane = new ScrollPane(grid);
        chartsPane.setId("insight-charts");
        chartsPane.setFitToWidth(true);
        chartsPane.getStyleClass().add("edge-to-edge");
        root.setCenter(centre);

        model.chartsProperty().addListener((obs, old, charts) -> show(charts));
        model.groupingProperty().addListener((obs, old, grouping) -> show(model.chartsProperty().get()));
        root.getStylesheets().add(STYLESHEET);
    }

    /** Where "Exporteren als PNG" writes; the window's save dialog unless a test says otherwise. */
    public void pngTarget(PngTarget target) {
        this.pngTarget = target;
    }

    ChartCard card(String code) {
        return cards.get(code);
    }

    private static NumberAxis count() {
        NumberAxis axis = new NumberAxis();
        axis.setMinorTickVisible(false);
        axis.setForceZeroInRange(true);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return value.doubleValue() == Math.rint(value.doubleValue()) ? String.valueOf(value.intValue()) : "";
            }

            @Override
            public Number fromString(String text) {
                return Integer.valueOf(text);
            }
        });
        return axis;
    }

    private void card(String code, String title, XYChart<?, ?> chart) {
        cards.put(code, new ChartCard(context, code, title, chart, () -> pngTarget));
    }

    private Node header() {
        return new AreaHeader(context.text("ui.area.insight"))
                .actions(AreaHeader.button(context.text("insights.report.menu"), Material2MZ.PICTURE_AS_PDF,
                        "insight-report", () -> new QuarterlyReportAction(context).run()))
                .node();
    }

    private Node toolbar() {
        ComboBox<InsightViewModel.Period> period = new ComboBox<>(
                FXCollections.observableArrayList(InsightViewModel.Period.values()));
        period.setId("insight-period");
        period.setConverter(converter(p -> context.text("insights.period." + p.name().toLowerCase().replace('_', '-'))));
        period.valueProperty().bindBidirectional(model.periodProperty());
        period.setAccessibleText(context.text("insights.period"));
        Label periodLabel = new Label(context.text("insights.period"));
        periodLabel.setLabelFor(period);

        ComboBox<YearMonth> from = months("insight-from", model.fromProperty());
        ComboBox<YearMonth> to = months("insight-to", model.toProperty());
        Label dash = new Label("–");
        HBox custom = new HBox(6, from, dash, to);
        custom.setAlignment(Pos.CENTER_LEFT);
        custom.visibleProperty().bind(model.periodProperty().isEqualTo(InsightViewModel.Period.CUSTOM));
        custom.managedProperty().bind(custom.visibleProperty());

        ToggleGroup stacking = new ToggleGroup();
        ToggleButton byTherapist = new ToggleButton(context.text("insights.stack.therapist"));
        byTherapist.setId("insight-by-therapist");
        byTherapist.setUserData(MomentGrouping.THERAPIST);
        byTherapist.getStyleClass().add(Styles.LEFT_PILL);
        ToggleButton byKind = new ToggleButton(context.text("insights.stack.kind"));
        byKind.setId("insight-by-kind");
        byKind.setUserData(MomentGrouping.KIND);
        byKind.getStyleClass().add(Styles.RIGHT_PILL);
        stacking.getToggles().addAll(byTherapist, byKind);
        stacking.selectToggle(model.groupingProperty().get() == MomentGrouping.KIND ? byKind : byTherapist);
        stacking.selectedToggleProperty().addListener((obs, old, chosen) -> {
            if (chosen == null) {
                stacking.selectToggle(old);
            } else {
                model.groupingProperty().set((MomentGrouping) chosen.getUserData());
            }
        });
        Label stackLabel = new Label(context.text("insights.stack"));
        HBox pills = new HBox(0, byTherapist, byKind);

        HBox bar = new HBox(10, periodLabel, period, custom, new Region(), stackLabel, pills);
        HBox.setHgrow(bar.getChildren().get(3), Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private ComboBox<YearMonth> months(String id, ObjectProperty<YearMonth> property) {
        ComboBox<YearMonth> box = new ComboBox<>(FXCollections.observableArrayList(model.choosableMonths()));
        box.setId(id);
        box.setConverter(converter(this::monthLabel));
        box.valueProperty().bindBidirectional(property);
        box.setVisibleRowCount(12);
        return box;
    }

    private static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    private String monthLabel(YearMonth month) {
        return MonthNames.label(month, context.messages().locale());
    }

    /** A chart's month; the month under way says so ("dec (t/m 4)"), so its low bar is not read as a drop. */
    private String chartMonth(YearMonth month) {
        LocalDate today = context.today();
        if (month.equals(YearMonth.from(today)) && today.getDayOfMonth() < month.lengthOfMonth()) {
            return context.text("insights.chart.month-so-far", monthLabel(month), today.getDayOfMonth());
        }
        return monthLabel(month);
    }

    // ----- showing the numbers -----

    private void show(InsightCharts charts) {
        if (charts == null) {
            return;
        }
        if (isBlank(charts)) {
            centre.getChildren().setAll(new EmptyState(Material2AL.INSERT_CHART_OUTLINED,
                    context.text("insights.empty.title"), context.text("insights.empty.text"))
                    .withAction(context.text("insights.empty.action"), () -> context.navigator().show(Area.PARTNERS)));
            return;
        }
        centre.getChildren().setAll(chartsPane);
        showMoments(charts.moments(model.groupingProperty().get()));
        showGiveAsk(charts.giveAndAsk());
        showPartners(charts.partners());
        showGoals(charts.goals());
        showFactors(charts.factors());
        showTrustValue(model.trustValue());
    }

    /** A fixed 1-4 axis for the trust × value chart, its middle (2.5) where high and low meet. */
    private NumberAxis scale(String labelKey) {
        NumberAxis axis = new NumberAxis(context.text(labelKey), 0.75, 4.25, 0.5);
        axis.setMinorTickVisible(false);
        axis.setAutoRanging(false);
        return axis;
    }

    /** One series per advice (invest, keep, let go), a point per partner with both scores, its name on hover. */
    private void showTrustValue(List<RelationshipPoint> points) {
        Map<RelationshipAdvice, XYChart.Series<Number, Number>> byAdvice = new EnumMap<>(RelationshipAdvice.class);
        for (RelationshipAdvice advice : RelationshipAdvice.values()) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(context.label(advice));
            byAdvice.put(advice, series);
        }
        int shown = 0;
        for (RelationshipPoint p : points) {
            RelationshipAdvice advice = p.check().advice();
            if (advice == null) {
                continue;
            }
            XYChart.Data<Number, Number> item = new XYChart.Data<>(p.check().trustScore(), p.check().valueScore());
            tooltip(item, p.name() + " · " + context.label(advice));
            byAdvice.get(advice).getData().add(item);
            shown++;
        }
        trustValue.getData().setAll(new ArrayList<>(byAdvice.values()));
        ChartCard card = cards.get("trust-value");
        card.showData(shown > 0);
        card.note(null);
    }

    /** A practice with nothing to chart at all: no partners, no goals, no notes. */
    private static boolean isBlank(InsightCharts charts) {
        return charts.partners().isEmpty() && charts.byKind().isEmpty()
                && charts.goals().values().stream().allMatch(n -> n == 0)
                && charts.factors().stream().allMatch(f -> f.notes() == 0);
    }

    private void showMoments(MomentsPerMonth data) {
        List<String> months = data.months().stream().map(this::chartMonth).toList();
        momentsMonths.setCategories(FXCollections.observableArrayList(months));
        List<XYChart.Series<String, Number>> series = new ArrayList<>();
        for (MonthSeries s : data.series()) {
            XYChart.Series<String, Number> one = new XYChart.Series<>();
            one.setName(seriesName(s));
            for (int i = 0; i < months.size(); i++) {
                one.getData().add(bar(months.get(i), s.counts().get(i), one.getName()));
            }
            series.add(one);
        }
        moments.getData().setAll(series);
        String title = context.text("insights.chart.moments") + " "
                + context.text(data.grouping() == MomentGrouping.KIND ? "insights.chart.by-kind"
                        : "insights.chart.by-therapist");
        cards.get("moments").showData(!data.isEmpty());
        moments.setTitle(null);
        cards.get("moments").setAccessibleText(title);
    }

    private String seriesName(MonthSeries s) {
        if (s.kind() != null) {
            return context.label(s.kind());
        }
        return s.therapistName() == null ? context.text("insights.chart.no-therapist") : s.therapistName();
    }

    private void showGiveAsk(List<GiveAskMonth> data) {
        List<String> months = data.stream().map(g -> chartMonth(g.month())).toList();
        giveAskMonths.setCategories(FXCollections.observableArrayList(months));
        XYChart.Series<String, Number> offered = new XYChart.Series<>();
        offered.setName(context.text("insights.chart.offered"));
        XYChart.Series<String, Number> asked = new XYChart.Series<>();
        asked.setName(context.text("insights.chart.asked"));
        for (int i = 0; i < data.size(); i++) {
            offered.getData().add(bar(months.get(i), data.get(i).offered(), offered.getName()));
            asked.getData().add(bar(months.get(i), data.get(i).asked(), asked.getName()));
        }
        giveAsk.getData().setAll(List.of(offered, asked));
        cards.get("give-ask").showData(data.stream().anyMatch(g -> g.offered() + g.asked() > 0));
    }

    private void showPartners(List<CategoryStatusCount> data) {
        Map<Category, Map<PartnerStatus, Integer>> byCategory = new LinkedHashMap<>();
        for (CategoryStatusCount c : data) {
            byCategory.computeIfAbsent(c.category(), k -> new EnumMap<>(PartnerStatus.class)).put(c.status(), c.count());
        }
        List<Category> shown = new ArrayList<>(byCategory.keySet());
        Collections.reverse(shown); // the first category at the top
        partnerCategories.setCategories(FXCollections.observableArrayList(shown.stream().map(context::label).toList()));
        List<XYChart.Series<Number, String>> series = new ArrayList<>();
        for (PartnerStatus status : PartnerStatus.values()) {
            XYChart.Series<Number, String> one = new XYChart.Series<>();
            one.setName(context.label(status));
            for (Category category : shown) {
                int n = byCategory.get(category).getOrDefault(status, 0);
                XYChart.Data<Number, String> item = new XYChart.Data<>(n, context.label(category));
                tooltip(item, context.label(category) + " · " + one.getName() + ": " + n);
                one.getData().add(item);
            }
            series.add(one);
        }
        partners.getData().setAll(series);
        cards.get("partners").showData(!data.isEmpty());
        partners.setMinHeight(Math.max(260, 60 + 22 * shown.size()));
    }

    private void showGoals(Map<GoalStatus, Integer> data) {
        List<String> statuses = new ArrayList<>();
        XYChart.Series<Number, String> one = new XYChart.Series<>();
        one.setName(context.text("insights.chart.goals"));
        List<GoalStatus> order = new ArrayList<>(List.of(GoalStatus.values()));
        Collections.reverse(order); // idea at the top
        for (GoalStatus status : order) {
            String label = context.label(status);
            statuses.add(label);
            int n = data.getOrDefault(status, 0);
            XYChart.Data<Number, String> item = new XYChart.Data<>(n, label);
            tooltip(item, label + ": " + n);
            one.getData().add(item);
        }
        goalStatuses.setCategories(FXCollections.observableArrayList(statuses));
        goals.getData().setAll(List.of(one));
        cards.get("goals").showData(data.values().stream().anyMatch(n -> n > 0));
    }

    private void showFactors(List<FactorCount> data) {
        List<FactorCount> reversed = new ArrayList<>(data);
        Collections.reverse(reversed); // the core factors at the top
        List<String> names = new ArrayList<>();
        XYChart.Series<Number, String> one = new XYChart.Series<>();
        List<String> missing = new ArrayList<>();
        for (FactorCount factor : reversed) {
            String name = context.label(factor.factor());
            if (factor.missing()) {
                name = context.text("insights.chart.factor-missing-label", name);
            }
            names.add(name);
            XYChart.Data<Number, String> item = new XYChart.Data<>(factor.notes(), name);
            tooltip(item, name + ": " + factor.notes());
            one.getData().add(item);
        }
        for (FactorCount factor : data) {
            if (factor.missing()) {
                missing.add(context.label(factor.factor()));
            }
        }
        factorNames.setCategories(FXCollections.observableArrayList(names));
        factors.getData().setAll(List.of(one));
        ChartCard card = cards.get("factors");
        card.showData(true);
        card.note(missing.isEmpty() ? null : context.text("insights.chart.factors-missing", String.join(", ", missing)));
    }

    private XYChart.Data<String, Number> bar(String category, int value, String series) {
        XYChart.Data<String, Number> item = new XYChart.Data<>(category, value);
        tooltip(item, (series == null ? "" : series + " · ") + category + ": " + value);
        return item;
    }

    private static void tooltip(XYChart.Data<?, ?> item, String text) {
        item.nodeProperty().addListener((obs, old, node) -> {
            if (node != null) {
                Tooltip.install(node, new Tooltip(text));
            }
        });
    }
}
