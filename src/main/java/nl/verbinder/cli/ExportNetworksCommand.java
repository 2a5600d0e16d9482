package nl.verbinder.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code export networks}: the networks with their members and latest review, as CSV. */
@Command(name = "networks", mixinStandardHelpOptions = true, sortOptions = false)
final class ExportNetworksCommand extends ContextCommand {

    @Mixin
    CsvFileOptions file;

    ExportNetworksCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        int written = context.services().practiceNetworks().export(file.out, file.dialect(), context.messages());
        ExportCommand.doneTo(context, file.out).println(context.messages().get("cli.export.networks.done", written,
                file.out.toString()));
        return ExitCodes.DONE;
    }
}
