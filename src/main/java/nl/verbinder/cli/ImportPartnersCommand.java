package nl.verbinder.cli;

import java.nio.file.Path;
import java.util.List;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.service.transfer.imports.ColumnMapping;
import nl.verbinder.service.transfer.imports.CsvTable;
import nl.verbinder.service.transfer.imports.ImportOptions;
import nl.verbinder.service.transfer.imports.ImportPlan;
import nl.verbinder.service.transfer.imports.ImportService;
import nl.verbinder.service.transfer.imports.RowAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code import partners}: a partner list (CSV) with its contact persons. */
@Command(name = "partners", mixinStandardHelpOptions = true, sortOptions = false)
final class ImportPartnersCommand extends ContextCommand {

    /** What to do with rows that duplicate a partner already there. */
    enum Duplicates { skip, merge }

    @Option(names = "--in", required = true, paramLabel = "FILE", descriptionKey = "transfer.import.in.csv")
    Path in;

    @Mixin
    ImportFlags flags;

    @Option(names = "--map", paramLabel = "KOLOM=FIELD", descriptionKey = "transfer.import.map")
    List<String> map = List.of();

    @Option(names = "--header-row", paramLabel = "N", descriptionKey = "transfer.import.header-row")
    Integer headerRow;

    @Option(names = "--duplicates", paramLabel = "skip|merge", defaultValue = "skip",
            descriptionKey = "transfer.import.duplicates")
    Duplicates duplicates;

    @Spec
    CommandSpec spec;

    ImportPartnersCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        if (headerRow != null && headerRow < 1) {
            // A wrong value for an option: the command was used wrongly (exit code 2), not refused.
            throw new ParameterException(spec.commandLine(),
                    context.messages().get("transfer.import.header-row.invalid", headerRow));
        }
        ImportService imports = context.services().imports();
        CsvTable table = imports.readPartnerList(in, headerRow);
        ColumnMapping mapping = ColumnMapping.suggest(table).withAssignments(table, map);
        ImportOptions options = flags.options()
                .withDuplicatesOfExisting(duplicates == Duplicates.merge ? RowAction.MERGE : RowAction.SKIP);
        ImportPlan plan = imports.planPartnerList(table, mapping, options, Progress.none());
        return ImportRun.finish(context, plan, flags.dryRun);
    }
}
