package nl.verbinder.cli;

import java.nio.file.Path;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.service.transfer.imports.ImportPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code import vcard}: vCards (2.1, 3.0, 4.0) as contact persons at the partner of their organisation. */
@Command(name = "vcard", mixinStandardHelpOptions = true, sortOptions = false)
final class ImportVCardCommand extends ContextCommand {

    @Option(names = "--in", required = true, paramLabel = "FILE", descriptionKey = "transfer.import.in.vcard")
    Path in;

    @Mixin
    ImportFlags flags;

    ImportVCardCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        ImportPlan plan = context.services().imports().planVCards(in,
                flags.options(), Progress.none());
        return ImportRun.finish(context, plan, flags.dryRun);
    }
}
