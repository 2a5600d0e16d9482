package nl.verbinder.domain.insight;

import java.time.YearMonth;
import java.util.List;

/**
 * Contact moments per month over a period, stacked by therapist or by kind. Every series
 * has one count per month in {@link #months()}.
 */
public record MomentsPerMonth(MomentGrouping grouping, List<YearMonth> months, List<MonthSeries> series) {

    public MomentsPerMonth {
        months = List.copyOf(months);
        series = List.copyOf(series);
    }

    /** All moments in a month, over every series. */
    public int total(YearMonth month) {
        int index = months.indexOf(month);
        return index < 0 ? 0 : series.stream().mapToInt(s -> s.counts().get(index)).sum();
    }

    public int total() {
        return series.stream().mapToInt(MonthSeries::total).sum();
    }

    public boolean isEmpty() {
        return total() == 0;
    }
}
