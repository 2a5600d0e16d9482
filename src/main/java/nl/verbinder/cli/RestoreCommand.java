package nl.verbinder.cli;

import java.nio.file.Path;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.service.transfer.backup.BackupSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code restore --in FILE}: put a backup back into an empty database. */
@Command(name = "restore", mixinStandardHelpOptions = true, sortOptions = false)
final class RestoreCommand extends ContextCommand {

    @Option(names = "--in", required = true, paramLabel = "FILE", descriptionKey = "transfer.restore.in")
    Path in;

    RestoreCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        BackupSummary summary = context.services().backups().restore(in, Progress.none());
        context.out().println(context.messages().get("transfer.restore.done", in.toString(),
                context.services().location().toString(), summary.rows(), summary.schemaVersion()));
        return ExitCodes.DONE;
    }
}
