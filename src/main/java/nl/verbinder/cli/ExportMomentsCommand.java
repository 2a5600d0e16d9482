package nl.verbinder.cli;

import java.time.LocalDate;
import nl.verbinder.domain.Validator;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.service.transfer.exports.ExportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code export moments}: the contact moments of a period as CSV, with names and labels. */
@Command(name = "moments", mixinStandardHelpOptions = true, sortOptions = false)
final class ExportMomentsCommand extends ContextCommand {

    @Mixin
    CsvFileOptions file;

    @Option(names = "--from", paramLabel = "D", descriptionKey = "transfer.export.moments.from")
    String from;

    @Option(names = "--to", paramLabel = "D", descriptionKey = "transfer.export.moments.to")
    String to;

    ExportMomentsCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Validator options = new Validator();
        LocalDate fromDate = Inputs.collecting(options, () -> Inputs.date("from", from));
        LocalDate toDate = Inputs.collecting(options, () -> Inputs.date("to", to));
        options.throwIfInvalid();
        ExportSummary summary = context.services().exports().exportMoments(fromDate, toDate,
                file.dialect(), context.messages(), file.out, Progress.none());
        ExportCommand.doneTo(context, file.out).println(
                context.messages().get("transfer.export.moments.done", summary.written(), file.out.toString()));
        return ExitCodes.DONE;
    }
}
