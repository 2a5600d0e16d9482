package nl.verbinder.cli;

import nl.verbinder.service.transfer.imports.ImportOptions;
import picocli.CommandLine.Option;

/** What every import command takes: {@code --dry-run} and {@code --skip-invalid} (a picocli mixin). */
final class ImportFlags {

    @Option(names = "--dry-run", descriptionKey = "transfer.import.dry-run")
    boolean dryRun;

    @Option(names = "--skip-invalid", descriptionKey = "transfer.import.skip-invalid")
    boolean skipInvalid;

    /** The import's options with these flags applied. */
    ImportOptions options() {
        return ImportOptions.defaults().withSkipInvalid(skipInvalid);
    }
}
