package nl.verbinder.service.insight;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.domain.attention.AttentionFilter;
import nl.verbinder.domain.attention.AttentionOverview;
import nl.verbinder.domain.insight.InsightCharts;
import nl.verbinder.domain.insight.NetworkFilter;
import nl.verbinder.domain.insight.NetworkMap;
import nl.verbinder.domain.insight.Quarter;
import nl.verbinder.domain.insight.QuarterFigures;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.AttentionService;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.service.transfer.SafeOutput;
import nl.verbinder.store.Store;

/**
 * The quarterly network report: one to three A4 pages of PDF in the user's language with the
 * practice's name, the period, the headline figures, the attention list at the quarter's end,
 * the charts and the network map. Gathered in one read transaction, drawn by
 * {@link ReportWriter}, written to a temporary file next to the target and moved into place
 * when complete, so a failure leaves no half-written report.
 */
public final class ReportService {

    /** How many partners of the attention list the report names. */
    public static final int ATTENTION_ROWS = 10;

    private final Store store;
    private final Clock clock;
    private final InsightService insights;
    private final NetworkService network;
    private final AttentionService attention;

    public ReportService(Store store, Clock clock, InsightService insights, NetworkService network,
                         AttentionService attention) {
        this.store = store;
        this.clock = clock;
        this.insights = insights;
        this.network = network;
        this.attention = attention;
    }

    /**
     * Everything the report shows, as of the quarter's last day (today for the running quarter).
     *
     * @throws VerbinderException {@code insights.quarter.future} for a quarter that has not begun
     */
    public QuarterlyReport gather(Quarter quarter, LocalDate today) {
        return gather(quarter, today, null);
    }

    /**
     * Everything the report shows, under the practice name given, or the practice's own name
     * when none is given (null or blank).
     *
     * @throws VerbinderException {@code insights.quarter.future} for a quarter that has not begun;
     *                            {@code insights.report.no-practice-name} when there is no name at all
     */
    public QuarterlyReport gather(Quarter quarter, LocalDate today, String practiceName) {
        LocalDate until = InsightService.until(quarter, today);
        YearMonth last = YearMonth.from(until);
        return store.transactions().read(() -> {
            QuarterFigures figures = insights.quarterFigures(quarter, today);
            InsightCharts charts = insights.charts(last.minusMonths(11), last, until);
            AttentionOverview overview = attention.overview(until, AttentionFilter.all());
            NetworkMap map = network.map(until, NetworkFilter.all());
            String name = nameFor(practiceName);
            return new QuarterlyReport(name, quarter, until, today, figures, charts,
                    overview.items().stream().limit(ATTENTION_ROWS).toList(), overview.items().size(), map,
                    networks(until, overview), insights.quarterFigures(quarter.previous(), today));
        });
    }

    /** The practice name a report is made under: the one given, else the practice's own; never blank. */
    private String nameFor(String given) {
        String name = given == null || given.isBlank() ? store.practiceProfile().load().name() : given.strip();
        if (name == null || name.isBlank()) {
            throw new VerbinderException("insights.report.no-practice-name");
        }
        return name;
    }

    /**
     * The practice's own name for a report, or empty when it has none yet (then the report asks
     * for one: the window in its dialog, the command line with {@code --practice}).
     */
    public Optional<String> practiceName() {
        return store.transactions().read(() -> Optional.ofNullable(store.practiceProfile().load().name())
                .map(String::strip).filter(n -> !n.isEmpty()));
    }

    /** The networks the practice took part in at {@code until}, with their reviews up to then and their attention. */
    private List<QuarterlyReport.ReportNetwork> networks(LocalDate until, AttentionOverview overview) {
        Map<Long, List<nl.verbinder.domain.networks.NetworkReview>> reviews =
                store.practiceNetworks().allReviews();
        List<QuarterlyReport.ReportNetwork> networks = new ArrayList<>();
        for (nl.verbinder.domain.networks.PracticeNetwork n : store.practiceNetworks().all()) {
            if (n.createdAt() != null && LocalDate.ofInstant(n.createdAt(), clock.getZone()).isAfter(until)) {
                continue;
            }
            networks.add(new QuarterlyReport.ReportNetwork(n, reviews.getOrDefault(n.id(), List.of()).stream()
                    .filter(r -> !r.reviewedOn().isAfter(until)).toList(), overview.networks().stream()
                    .filter(i -> i.networkId() == n.id()).findFirst().orElse(null)));
        }
        return networks;
    }

    /** Writes the report for the quarter, as of the clock's today. */
    public ReportSummary write(Quarter quarter, Path target, Messages messages, Progress progress) {
        return write(quarter, LocalDate.now(clock), target, messages, progress);
    }

    /** Writes the report for the quarter, as of the clock's today, under the practice name given. */
    public ReportSummary write(Quarter quarter, Path target, Messages messages, Progress progress,
                               String practiceName) {
        return write(quarter, LocalDate.now(clock), target, messages, progress, practiceName);
    }

    /**
     * Writes the report for the quarter to {@code target} in the language of {@code messages}.
     *
     * @throws VerbinderException {@code insights.quarter.future}, {@code insights.report.target-is-folder},
     *                            {@code transfer.export.write-failed}
     */
    public ReportSummary write(Quarter quarter, LocalDate today, Path target, Messages messages, Progress progress) {
        return write(quarter, today, target, messages, progress, null);
    }

    /**
     * Writes the report as {@link #write(Quarter, LocalDate, Path, Messages, Progress)} does,
     * under the practice name given (null or blank: the practice's own name).
     *
     * @throws VerbinderException also {@code insights.report.no-practice-name} when neither has a name
     */
    public ReportSummary write(Quarter quarter, LocalDate today, Path target, Messages messages, Progress progress,
                               String practiceName) {
        Path file = target.toAbsolutePath();
        if (Files.isDirectory(file)) {
            throw new VerbinderException("insights.report.target-is-folder", file.toString());
        }
        progress.update(0, 3);
        QuarterlyReport report = gather(quarter, today, practiceName);
        progress.update(1, 3);
        int[] pages = new int[1];
        SafeOutput.writeFile(file, store.location(), temporary -> {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                pages[0] = new ReportWriter(messages).write(report, out);
            }
            progress.update(2, 3);
        });
        progress.update(3, 3);
        return new ReportSummary(file, quarter, pages[0]);
    }
}
