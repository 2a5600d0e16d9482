package nl.verbinder.cli;

import java.nio.file.Path;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.service.transfer.exports.CalendarStyle;
import nl.verbinder.service.transfer.exports.ExportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export ics}: the open follow-ups as a calendar file for Outlook and Google Calendar. */
@Command(name = "ics", mixinStandardHelpOptions = true, sortOptions = false)
final class ExportIcsCommand extends ContextCommand {

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "transfer.export.ics.out")
    Path out;

    @Option(names = "--tasks", descriptionKey = "transfer.export.ics.tasks")
    boolean tasks;

    ExportIcsCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        ExportSummary summary = context.services().exports().exportFollowUps(
                tasks ? CalendarStyle.TASKS : CalendarStyle.EVENTS, context.messages(), out, Progress.none());
        ExportCommand.doneTo(context, out).println(
                context.messages().get("transfer.export.ics.done", summary.written(), out.toString()));
        if (summary.leftOut() > 0) {
            ExportCommand.doneTo(context, out).println(
                    context.messages().get("transfer.export.ics.left-out", summary.leftOut()));
        }
        return ExitCodes.DONE;
    }
}
