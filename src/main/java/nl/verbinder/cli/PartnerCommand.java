package nl.verbinder.cli;

import picocli.CommandLine.Command;

/** {@code partner}: work on one partner. Without a subcommand it shows its help. */
@Command(name = "partner", mixinStandardHelpOptions = true, subcommands = {AddPartnerCommand.class, CheckPartnerCommand.class})
final class PartnerCommand extends CommandGroup {
}
