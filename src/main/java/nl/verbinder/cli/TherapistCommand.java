package nl.verbinder.cli;

import picocli.CommandLine.Command;

/** {@code therapist}: the practice's therapists. Without a subcommand it shows its help. */
@Command(name = "therapist", mixinStandardHelpOptions = true,
        subcommands = {AddTherapistCommand.class, ListTherapistsCommand.class, DeactivateTherapistCommand.class})
final class TherapistCommand extends CommandGroup {
}
