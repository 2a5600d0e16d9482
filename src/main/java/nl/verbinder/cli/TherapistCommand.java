package nl.verbinder.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code therapist}: the practice's therapists. Without a subcommand it shows its help. */
@Command(name = "therapist", mixinStandardHelpOptions = true,
        subcommands = {AddTherapistCommand.class, ListTherapistsCommand.class, DeactivateTherapistCommand.class})
final class TherapistCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
