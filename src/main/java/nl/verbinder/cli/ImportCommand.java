package nl.verbinder.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code import}: read partners, LinkedIn connections or vCards from a file, or undo an import. */
@Command(name = "import", mixinStandardHelpOptions = true, subcommands = {
    ImportPartnersCommand.class,
    ImportLinkedInCommand.class,
    ImportVCardCommand.class,
    ImportCalendarCommand.class,
    ImportUndoCommand.class,
})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
