package nl.verbinder.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import nl.verbinder.domain.insight.Quarter;
import nl.verbinder.service.insight.ReportSummary;
import nl.verbinder.service.transfer.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code report --quarter 2026Q3 --out FILE.pdf}: the quarterly network report as PDF, in the
 * language of {@code --lang}. Without {@code --quarter}: the last quarter that ended.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false)
final class ReportCommand extends ContextCommand {

    @Option(names = "--quarter", paramLabel = "YYYYQn", descriptionKey = "report.quarter")
    String quarter;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", descriptionKey = "report.out")
    Path out;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", descriptionKey = "report.today")
    String today;

    @Option(names = "--practice", paramLabel = "NAME", descriptionKey = "report.practice")
    String practice;

    ReportCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        LocalDate day = context.today(today);
        Quarter chosen = quarter == null ? Quarter.of(day).previous() : Inputs.quarter(quarter);
        ReportSummary summary = context.services().reports().write(chosen, day, out, context.messages(),
                Progress.none(), practice);
        ExportCommand.doneTo(context, out).println(
                context.messages().count("insights.report.done", summary.pages(), summary.file().toString(),
                context.messages().get("insights.quarter.name", chosen.number(), chosen.year())));
        return ExitCodes.DONE;
    }
}
