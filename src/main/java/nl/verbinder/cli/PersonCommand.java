package nl.verbinder.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

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
final class PersonCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
