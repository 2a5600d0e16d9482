package nl.verbinder.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code partner}: work on one partner. Without a subcommand it shows its help. */
@Command(name = "partner", mixinStandardHelpOptions = true, subcommands = AddPartnerCommand.class)
final class PartnerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
