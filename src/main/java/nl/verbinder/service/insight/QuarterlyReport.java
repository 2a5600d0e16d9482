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
 * @param networks       the networks the practice takes part in, each with its reviews up to {@code until}
 *                       (oldest first), and those needing attention then; a page of its own when there are any
 * @param previous       the headline figures of the quarter before, to compare with ({@code null}: not compared)
 */
public record QuarterlyReport(String practiceName, Quarter quarter, LocalDate until, LocalDate made,
                              QuarterFigures figures, InsightCharts charts, List<AttentionItem> attention,
                              int attentionTotal, NetworkMap map, List<ReportNetwork> networks,
                              QuarterFigures previous) {

    /** A network on the report's network page: the network, its reviews up to the report's day, its attention. */
    public record ReportNetwork(nl.verbinder.domain.networks.PracticeNetwork network,
                                List<nl.verbinder.domain.networks.NetworkReview> reviews,
                                nl.verbinder.domain.attention.NetworkAttentionItem attention) {

        public ReportNetwork {
            reviews = List.copyOf(reviews);
        }
    }

    public QuarterlyReport {
        attention = List.copyOf(attention);
        networks = List.copyOf(networks);
    }
}
