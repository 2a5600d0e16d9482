package nl.verbinder.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code export}: write partners, contact moments, contact persons or follow-ups to a file. */
@Command(name = "export", mixinStandardHelpOptions = true, subcommands = {
    ExportPartnersCommand.class,
    ExportMomentsCommand.class,
    ExportVCardCommand.class,
    ExportIcsCommand.class,
})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
