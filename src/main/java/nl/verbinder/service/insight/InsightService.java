package nl.verbinder.service.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.EnvironmentFactor;
import nl.verbinder.domain.GoalStatus;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.domain.insight.CategoryStatusCount;
import nl.verbinder.domain.insight.FactorCount;
import nl.verbinder.domain.insight.GiveAskMonth;
import nl.verbinder.domain.insight.InsightCharts;
import nl.verbinder.domain.insight.MomentGrouping;
import nl.verbinder.domain.insight.MomentsPerMonth;
import nl.verbinder.domain.insight.MonthSeries;
import nl.verbinder.domain.insight.Quarter;
import nl.verbinder.domain.insight.QuarterFigures;
import nl.verbinder.store.InsightRepository;
import nl.verbinder.store.InsightRepository.MomentMonth;
import nl.verbinder.store.Store;

/**
 * The numbers behind the Inzicht charts and the quarterly report. The database counts (one
 * GROUP BY query per chart); this service fills in the months and factors without any, so
 * every chart has a value for every month of its period. Partners in the trash and their
 * moments are not counted. Partners and goals are counted as they were at the period's end,
 * from the change history (the past as it was, not as it is today).
 */
public final class InsightService {

    /** The longest period the charts take, in months (ten years). */
    public static final int MAX_MONTHS = 120;

    private final Store store;
    private final Clock clock;

    public InsightService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Every chart over the months {@code from} to {@code to} (both included), in one read;
     * partners and goals as they were at the period's end (or today, when that is earlier).
     */
    public InsightCharts charts(YearMonth from, YearMonth to) {
        LocalDate today = LocalDate.now(clock);
        return charts(from, to, to.atEndOfMonth().isAfter(today) ? today : to.atEndOfMonth());
    }

    /**
     * Every chart over the months {@code from} to {@code to} (both included), in one read, with
     * the partners and goals as they were at the end of {@code asOf} (the report's day).
     */
    public InsightCharts charts(YearMonth from, YearMonth to, LocalDate asOf) {
        checkPeriod(from, to);
        LocalDate first = from.atDay(1);
        LocalDate last = to.atEndOfMonth();
        return store.transactions().read(() -> {
            InsightRepository repository = store.insights();
            List<YearMonth> months = months(from, to);
            List<MomentMonth> moments = repository.momentsPerMonth(first, last);
            return new InsightCharts(from, to, byTherapist(months, moments), byKind(months, moments),
                    sorted(repository.partnersPerCategoryAndStatus(asOf)), giveAndAsk(months, moments),
                    goals(repository.goalsPerStatus(asOf)), factors(store.environmentNotes().countByFactor()));
        });
    }

    /** Contact moments per month from {@code from} to {@code to}, stacked as asked. */
    public MomentsPerMonth momentsPerMonth(YearMonth from, YearMonth to, MomentGrouping grouping) {
        checkPeriod(from, to);
        LocalDate first = from.atDay(1);
        LocalDate last = to.atEndOfMonth();
        List<YearMonth> months = months(from, to);
        List<MomentMonth> moments = store.transactions().read(() -> store.insights().momentsPerMonth(first, last));
        return grouping == MomentGrouping.KIND ? byKind(months, moments) : byTherapist(months, moments);
    }

    /** Partners (not in the trash) per category and status, by category then status; no zero counts. */
    public List<CategoryStatusCount> partnersPerCategoryAndStatus() {
        LocalDate today = LocalDate.now(clock);
        return store.transactions().read(() -> sorted(store.insights().partnersPerCategoryAndStatus(today)));
    }

    /** Per month from {@code from} to {@code to}: moments where we offered, where we asked (zero months included). */
    public List<GiveAskMonth> giveAndAsk(YearMonth from, YearMonth to) {
        checkPeriod(from, to);
        return giveAndAsk(months(from, to), store.transactions().read(
                () -> store.insights().momentsPerMonth(from.atDay(1), to.atEndOfMonth())));
    }

    /** Shared goals per status, every status present. */
    public Map<GoalStatus, Integer> goalsPerStatus() {
        LocalDate today = LocalDate.now(clock);
        return store.transactions().read(() -> goals(store.insights().goalsPerStatus(today)));
    }

    /** Environment notes per factor, every factor present, the core factors first. */
    public List<FactorCount> environmentFactors() {
        return store.transactions().read(() -> factors(store.environmentNotes().countByFactor()));
    }

    /**
     * The quarter's headline figures. For the running quarter they are counted up to today;
     * a quarter that has not started yet is refused.
     */
    public QuarterFigures quarterFigures(Quarter quarter, LocalDate today) {
        LocalDate until = until(quarter, today);
        return store.transactions().read(() -> store.insights().quarterFigures(quarter, until));
    }

    /** The quarter's figures as of the clock's today. */
    public QuarterFigures quarterFigures(Quarter quarter) {
        return quarterFigures(quarter, LocalDate.now(clock));
    }

    /**
     * The day a quarter's report looks at: its last day, or today while it runs.
     *
     * @throws VerbinderException {@code insights.quarter.future} for a quarter that has not begun
     */
    public static LocalDate until(Quarter quarter, LocalDate today) {
        if (quarter.start().isAfter(today)) {
            throw new VerbinderException("insights.quarter.future", quarter.toString(), Quarter.of(today).toString());
        }
        return quarter.end().isAfter(today) ? today : quarter.end();
    }

    private static void checkPeriod(YearMonth from, YearMonth to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new VerbinderException("insights.period.reversed");
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
            throw new VerbinderException("insights.period.too-long", MAX_MONTHS);
        }
    }

    private static List<YearMonth> months(YearMonth from, YearMonth to) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** One series per therapist with moments in the period, by name; moments logged by nobody known last. */
    private static MomentsPerMonth byTherapist(List<YearMonth> months, List<MomentMonth> rows) {
        Map<Long, int[]> counts = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (MomentMonth row : rows) {
            int index = months.indexOf(row.month());
            if (index >= 0) {
                counts.computeIfAbsent(row.therapistId(), k -> new int[months.size()])[index] += row.count();
                names.put(row.therapistId(), row.therapistName());
            }
        }
        List<MonthSeries> series = new ArrayList<>();
        counts.forEach((id, values) -> series.add(new MonthSeries(null, id, names.get(id), list(values))));
        series.sort(Comparator.comparing((MonthSeries s) -> s.therapistId() == null)
                .thenComparing(s -> s.therapistName() == null ? "" : s.therapistName(), String.CASE_INSENSITIVE_ORDER));
        return new MomentsPerMonth(MomentGrouping.THERAPIST, months, series);
    }

    /** One series per kind with moments in the period, in the kinds' order. */
    private static MomentsPerMonth byKind(List<YearMonth> months, List<MomentMonth> rows) {
        Map<ContactKind, int[]> counts = new EnumMap<>(ContactKind.class);
        for (MomentMonth row : rows) {
            int index = months.indexOf(row.month());
            if (index >= 0) {
                counts.computeIfAbsent(row.kind(), k -> new int[months.size()])[index] += row.count();
            }
        }
        List<MonthSeries> series = new ArrayList<>();
        counts.forEach((kind, values) -> series.add(new MonthSeries(kind, null, null, list(values))));
        return new MomentsPerMonth(MomentGrouping.KIND, months, series);
    }

    private static List<GiveAskMonth> giveAndAsk(List<YearMonth> months, List<MomentMonth> rows) {
        int[] offered = new int[months.size()];
        int[] asked = new int[months.size()];
        for (MomentMonth row : rows) {
            int index = months.indexOf(row.month());
            if (index >= 0) {
                offered[index] += row.offered();
                asked[index] += row.asked();
            }
        }
        List<GiveAskMonth> result = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            result.add(new GiveAskMonth(months.get(i), offered[i], asked[i]));
        }
        return result;
    }

    private static List<CategoryStatusCount> sorted(List<CategoryStatusCount> rows) {
        return rows.stream()
                .sorted(Comparator.comparing(CategoryStatusCount::category).thenComparing(CategoryStatusCount::status))
                .toList();
    }

    private static Map<GoalStatus, Integer> goals(Map<GoalStatus, Integer> counts) {
        Map<GoalStatus, Integer> all = new EnumMap<>(GoalStatus.class);
        for (GoalStatus status : GoalStatus.values()) {
            all.put(status, counts.getOrDefault(status, 0));
        }
        return all;
    }

    private static List<FactorCount> factors(Map<EnvironmentFactor, Integer> counts) {
        List<FactorCount> all = new ArrayList<>();
        for (EnvironmentFactor factor : EnvironmentFactor.values()) {
            all.add(new FactorCount(factor, counts.getOrDefault(factor, 0)));
        }
        all.sort(Comparator.comparing((FactorCount f) -> !f.factor().isCore()));
        return List.copyOf(all);
    }

    private static List<Integer> list(int[] values) {
        List<Integer> list = new ArrayList<>(values.length);
        for (int value : values) {
            list.add(value);
        }
        return list;
    }
}
