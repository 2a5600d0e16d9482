package nl.verbinder.cli;

import picocli.CommandLine.Command;

/** {@code import}: read partners, LinkedIn connections or vCards from a file, or undo an import. */
@Command(name = "import", mixinStandardHelpOptions = true, subcommands = {
    ImportPartnersCommand.class,
    ImportLinkedInCommand.class,
    ImportVCardCommand.class,
    ImportUndoCommand.class,
})
final class ImportCommand extends CommandGroup {
}
