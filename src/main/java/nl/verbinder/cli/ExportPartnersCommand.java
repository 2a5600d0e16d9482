package nl.verbinder.cli;

import java.util.ArrayList;
import java.util.List;
import nl.verbinder.domain.FieldError;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.service.transfer.PartnerColumn;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.service.transfer.exports.ExportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code export partners}: the partner list, filtered, as CSV (standard or for a Dutch Excel). */
@Command(name = "partners", mixinStandardHelpOptions = true, sortOptions = false)
final class ExportPartnersCommand extends ContextCommand {

    @Mixin
    CsvFileOptions file;

    @Mixin
    PartnerFilterOptions filter;

    @Option(names = "--needs-attention", descriptionKey = "cli.export.partners.needs-attention")
    boolean needsAttention;

    @Option(names = "--columns", paramLabel = "a,b,c", split = ",", descriptionKey = "transfer.export.partners.columns")
    List<String> columns = List.of();

    ExportPartnersCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        PartnerQuery codes = filter.codes();
        List<PartnerColumn> chosen = columns();
        // "Needs attention": what the attention engine lists today, as in the Aandacht view.
        PartnerQuery query = filter.withOwner(context, codes).withNeedsAttention(needsAttention);
        ExportSummary summary = context.services().exports().exportPartners(query, chosen,
                file.dialect(), context.messages(), file.out, Progress.none());
        ExportCommand.doneTo(context, file.out).println(
                context.messages().get("transfer.export.partners.done", summary.written(), file.out.toString()));
        return ExitCodes.DONE;
    }

    private List<PartnerColumn> columns() {
        List<PartnerColumn> chosen = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (String text : columns) {
            if (text.isBlank()) {
                continue;
            }
            PartnerColumn.find(text).filter(PartnerColumn::exportable).ifPresentOrElse(chosen::add,
                    () -> errors.add(FieldError.of("columns", "transfer.export.column.unknown", text.strip(),
                            String.join(", ", PartnerColumn.exportable(true).stream().map(PartnerColumn::code)
                                    .toList()))));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return chosen;
    }
}
