package nl.verbinder.cli;

import picocli.CommandLine.Option;

/**
 * {@code --format table|json}, which the commands that list or show something share: a table to
 * read (the default), or JSON for another program (a picocli mixin).
 */
final class FormatOption {

    /** Output formats. */
    enum Format { table, json }

    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
            descriptionKey = "option.format.table-json")
    Format format;

    /** True when the output is asked for as JSON. */
    boolean json() {
        return format == Format.json;
    }
}
