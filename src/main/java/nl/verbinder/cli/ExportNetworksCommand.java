package nl.verbinder.cli;

import java.nio.file.Path;
import nl.verbinder.service.transfer.csv.CsvDialect;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export networks}: the networks with their members and latest review, as CSV. */
@Command(name = "networks", mixinStandardHelpOptions = true, sortOptions = false)
final class ExportNetworksCommand extends ContextCommand {

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "transfer.export.out.csv")
    Path out;

    @Option(names = "--excel", descriptionKey = "transfer.export.excel")
    boolean excel;

    ExportNetworksCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        int written = context.services().practiceNetworks().export(out,
                excel ? CsvDialect.EXCEL_NL : CsvDialect.STANDARD, context.messages());
        ExportCommand.doneTo(context, out).println(context.messages().get("cli.export.networks.done", written,
                out.toString()));
        return ExitCodes.DONE;
    }
}
