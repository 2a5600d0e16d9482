package nl.verbinder.cli;

import picocli.CommandLine.Command;

/** {@code network}: work with one network the practice takes part in. Without a subcommand it shows its help. */
@Command(name = "network", mixinStandardHelpOptions = true,
        subcommands = {AddNetworkCommand.class, ReviewNetworkCommand.class, LogNetworkMeetingCommand.class,
                SnoozeNetworkCommand.class})
final class NetworkCommand extends CommandGroup {
}
