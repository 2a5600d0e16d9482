package nl.verbinder.cli;

import java.nio.file.Path;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.service.transfer.backup.BackupSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backup --out FILE}: a full backup, as JSON ({@code .json}) or a copy of the database ({@code .db}). */
@Command(name = "backup", mixinStandardHelpOptions = true, sortOptions = false)
final class BackupCommand extends ContextCommand {

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "transfer.backup.out")
    Path out;

    BackupCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        BackupSummary summary = context.services().backups().backUp(out, Progress.none());
        ExportCommand.doneTo(context, out).println(
                context.messages().get("transfer.backup.done", out.toString(), summary.tables(), summary.rows(),
                summary.schemaVersion()));
        for (BackupSummary.Unreadable part : summary.unreadable()) {
            context.err().println(context.messages().get("transfer.backup.unreadable", part.table(), part.rowsRead()));
        }
        return ExitCodes.DONE;
    }
}
