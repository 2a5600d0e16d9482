package nl.verbinder.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import nl.verbinder.service.transfer.SafeOutput;
import picocli.CommandLine.Command;

/** {@code export}: write partners, contact moments, contact persons or follow-ups to a file. */
@Command(name = "export", mixinStandardHelpOptions = true, subcommands = {
    ExportPartnersCommand.class,
    ExportMomentsCommand.class,
    ExportVCardCommand.class,
    ExportIcsCommand.class,
})
final class ExportCommand extends CommandGroup {

    /**
     * Where to say what was written: on standard error when the content itself went to a pipe
     * or {@code /dev/stdout}, so the message does not land in the content.
     */
    static PrintWriter doneTo(CliContext context, Path out) {
        return SafeOutput.streamsInto(out) ? context.err() : context.out();
    }
}
