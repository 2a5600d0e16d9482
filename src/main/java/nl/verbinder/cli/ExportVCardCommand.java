package nl.verbinder.cli;

import java.nio.file.Path;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.service.transfer.exports.ExportSummary;
import nl.verbinder.service.transfer.exports.VCardVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export vcard}: every contact person as a vCard, in one file or one file each. */
// No standard --version here: the option is the vCard version.
@Command(name = "vcard", sortOptions = false)
final class ExportVCardCommand extends ContextCommand {

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help")
    boolean help;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "transfer.export.vcard.out")
    Path out;

    @Option(names = "--version", paramLabel = "3|4", defaultValue = "3", descriptionKey = "transfer.export.vcard.version")
    String version;

    @Option(names = "--per-person", descriptionKey = "transfer.export.vcard.per-person")
    boolean perPerson;

    ExportVCardCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        VCardVersion chosen = VCardVersion.parse(version).orElseThrow(() -> UsageException.of(
                "version", "transfer.export.vcard.unknown-version", version));
        ExportSummary summary = context.services().exports().exportContactPersons(chosen, perPerson, out,
                Progress.none());
        String key = perPerson ? "transfer.export.vcard.done-per-person" : "transfer.export.vcard.done";
        ExportCommand.doneTo(context, out).println(
                context.messages().get(key, summary.written(), out.toString(), chosen.number()));
        return ExitCodes.DONE;
    }
}
