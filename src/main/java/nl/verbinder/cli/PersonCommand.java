package nl.verbinder.cli;

import picocli.CommandLine.Command;

/**
 * {@code person}: a contact person's rights under the GDPR (AVG): show, export and erase what
 * Verbinder holds about them, and review who is kept longer than the retention setting.
 * Without a subcommand it shows its help.
 */
@Command(name = "person", mixinStandardHelpOptions = true, subcommands = {
    PersonShowCommand.class,
    PersonExportCommand.class,
    PersonEraseCommand.class,
    PersonRetentionCommand.class,
})
final class PersonCommand extends CommandGroup {
}
