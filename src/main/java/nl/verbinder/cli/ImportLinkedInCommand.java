package nl.verbinder.cli;

import java.nio.file.Path;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.service.transfer.imports.ImportPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code import linkedin}: LinkedIn's Connections.csv; people join the partner of their company. */
@Command(name = "linkedin", mixinStandardHelpOptions = true, sortOptions = false)
final class ImportLinkedInCommand extends ContextCommand {

    @Option(names = "--in", required = true, paramLabel = "FILE", descriptionKey = "transfer.import.in.linkedin")
    Path in;

    @Mixin
    ImportFlags flags;

    ImportLinkedInCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        ImportPlan plan = context.services().imports().planLinkedIn(in,
                flags.options(), Progress.none());
        return ImportRun.finish(context, plan, flags.dryRun);
    }
}
