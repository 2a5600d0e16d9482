package nl.verbinder.service.insight;

import java.time.LocalDate;
import java.util.List;
import nl.verbinder.domain.attention.AttentionItem;
import nl.verbinder.domain.insight.InsightCharts;
import nl.verbinder.domain.insight.NetworkMap;
import nl.verbinder.domain.insight.Quarter;
import nl.verbinder.domain.insight.QuarterFigures;

/**
 * What the quarterly report shows, read from the services in one go.
 *
 * @param until          the day the report looks at: the quarter's last day, or today while it runs
 * @param made           the day the report was made
 * @param charts         the charts over the twelve months up to {@code until}
 * @param attention      the partners needing attention at {@code until}, most urgent first (at most {@link ReportService#ATTENTION_ROWS})
 * @param attentionTotal how many partners needed attention at {@code until} in all
 * @param map            the network as it was at {@code until}
 */
public record QuarterlyReport(String practiceName, Quarter quarter, LocalDate until, LocalDate made,
                              QuarterFigures figures, InsightCharts charts, List<AttentionItem> attention,
                              int attentionTotal, NetworkMap map) {

    public QuarterlyReport {
        attention = List.copyOf(attention);
    }
}
