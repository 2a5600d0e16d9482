package nl.verbinder.ui.insight;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.domain.insight.InsightCharts;
import nl.verbinder.domain.insight.MomentGrouping;
import nl.verbinder.domain.relationship.RelationshipPoint;
import nl.verbinder.service.ErrorText;
import nl.verbinder.ui.area.Changes;
import nl.verbinder.ui.area.LoadingAreaModel;
import nl.verbinder.ui.area.UiContext;

/**
 * The state of the Inzicht view: the period, how the moments are stacked, and the charts'
 * numbers for that period, loaded in the background from {@code InsightService}. Choosing
 * another period loads again; switching the stacking does not (both are loaded at once).
 */
public final class InsightViewModel extends LoadingAreaModel {

    /** The periods the charts can cover. */
    public enum Period { LAST_TWELVE_MONTHS, THIS_YEAR, CUSTOM }

    /** How many months back the custom period's months go. */
    static final int CHOOSABLE_MONTHS = 60;

    private final UiContext context;
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>(Period.LAST_TWELVE_MONTHS);
    private final ObjectProperty<YearMonth> from = new SimpleObjectProperty<>();
    private final ObjectProperty<YearMonth> to = new SimpleObjectProperty<>();
    private final ObjectProperty<MomentGrouping> grouping = new SimpleObjectProperty<>(MomentGrouping.THERAPIST);
    private final ReadOnlyObjectWrapper<InsightCharts> charts = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> problem = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RelationshipPoint> trustValue =
            FXCollections.observableArrayList();

    public InsightViewModel(UiContext context) {
        this.context = context;
        YearMonth now = YearMonth.from(context.today());
        from.set(now.minusMonths(11));
        to.set(now);
        period.addListener((obs, old, value) -> reloadIfLoaded());
        from.addListener((obs, old, value) -> {
            if (period.get() == Period.CUSTOM) {
                reloadIfLoaded();
            }
        });
        to.addListener((obs, old, value) -> {
            if (period.get() == Period.CUSTOM) {
                reloadIfLoaded();
            }
        });
        context.changes().listen(this::reloadIfLoaded, Changes.Topic.PARTNERS, Changes.Topic.MOMENTS,
                Changes.Topic.GOALS, Changes.Topic.ENVIRONMENT, Changes.Topic.THERAPISTS);
    }

    public ObjectProperty<Period> periodProperty() {
        return period;
    }

    /** The first month of a period the user chooses ({@link Period#CUSTOM}). */
    public ObjectProperty<YearMonth> fromProperty() {
        return from;
    }

    /** The last month of a period the user chooses ({@link Period#CUSTOM}). */
    public ObjectProperty<YearMonth> toProperty() {
        return to;
    }

    public ObjectProperty<MomentGrouping> groupingProperty() {
        return grouping;
    }

    /** The numbers of every chart for the period; {@code null} until loaded. */
    public ReadOnlyObjectProperty<InsightCharts> chartsProperty() {
        return charts.getReadOnlyProperty();
    }

    /** Why the chosen period cannot be shown (e.g. it ends before it begins), or {@code null}. */
    public ReadOnlyObjectProperty<String> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The months a custom period can start or end in, newest first. */
    public List<YearMonth> choosableMonths() {
        List<YearMonth> months = new ArrayList<>();
        YearMonth now = YearMonth.from(context.today());
        for (int i = 0; i < CHOOSABLE_MONTHS; i++) {
            months.add(now.minusMonths(i));
        }
        return months;
    }

    /** The first and last month of the chosen period. */
    public YearMonth[] range() {
        YearMonth now = YearMonth.from(context.today());
        return switch (period.get()) {
            case LAST_TWELVE_MONTHS -> new YearMonth[] {now.minusMonths(11), now};
            case THIS_YEAR -> new YearMonth[] {YearMonth.of(now.getYear(), 1), now};
            case CUSTOM -> new YearMonth[] {from.get(), to.get()};
        };
    }

    @Override
    public void load() {
        YearMonth[] range = range();
        var services = context.services();
        context.run(() -> new Loaded(services.insights().charts(range[0], range[1]),
                services.relationshipChecks().chart()), result -> {
            problem.set(null);
            trustValue.setAll(result.trustValue());
            charts.set(result.charts());
            markLoaded();
        }, this::refused);
    }

    private record Loaded(InsightCharts charts, List<RelationshipPoint> trustValue) {
    }

    /** The partners with a relationship check: the trust × value chart (whatever the period). */
    public ObservableList<RelationshipPoint> trustValue() {
        return trustValue;
    }

    private void refused(VerbinderException refusal) {
        problem.set(ErrorText.describe(context.messages(), refusal));
        markLoaded();
    }

}
