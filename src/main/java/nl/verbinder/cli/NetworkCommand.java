package nl.verbinder.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code network}: work with one network the practice takes part in. */
@Command(name = "network", mixinStandardHelpOptions = true,
        subcommands = {AddNetworkCommand.class, ReviewNetworkCommand.class})
final class NetworkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
