package nl.verbinder.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import nl.verbinder.domain.ImportSource;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.transfer.imports.ColumnUse;
import nl.verbinder.service.transfer.imports.ImportPlan;
import nl.verbinder.service.transfer.imports.ImportProblem;
import nl.verbinder.service.transfer.imports.Match;
import nl.verbinder.service.transfer.imports.PlannedRow;
import nl.verbinder.service.transfer.imports.RowAction;

/**
 * An import's preview as text: how the file was read, which column goes where, per row what
 * happens and what is wrong (row and column), and the totals.
 */
final class ImportReport {

    private final Messages m;

    ImportReport(Messages messages) {
        this.m = messages;
    }

    /**
     * @param everyRow also the rows that are simply created; otherwise only rows with
     *                 something to say (duplicates, skips, problems). Imports and their dry
     *                 runs list every row, as the README promises.
     */
    void print(ImportPlan plan, PrintWriter out, boolean everyRow) {
        for (String line : lines(plan, everyRow)) {
            out.println(line);
        }
        out.flush();
    }

    List<String> lines(ImportPlan plan, boolean everyRow) {
        List<String> lines = new ArrayList<>();
        if (plan.separator() != null) {
            lines.add(m.get("cli.import.report.file-csv", plan.file().toString(), plan.encoding(),
                    plan.separator() == '\t' ? "tab" : String.valueOf(plan.separator()),
                    m.count("count.rows", plan.rows().size())));
        } else {
            lines.add(m.get("cli.import.report.file-vcard", plan.file().toString(), plan.encoding(),
                    m.count("count.cards", plan.rows().size())));
        }
        if (!plan.columns().isEmpty()) {
            List<String> uses = new ArrayList<>();
            for (ColumnUse use : plan.columns()) {
                uses.add(use.field() == null ? m.get("transfer.import.report.column-ignored", use.header())
                        : m.get("transfer.import.report.column", use.header(), m.get(use.field().labelKey())));
            }
            lines.add(m.get("transfer.import.report.columns", String.join("; ", uses)));
        }
        for (ImportProblem problem : plan.fileProblems()) {
            lines.add(problem(problem));
        }
        String rowWord = m.get(plan.source() == ImportSource.VCARD ? "transfer.import.report.card" : "transfer.import.report.row");
        for (PlannedRow row : plan.rows()) {
            boolean plain = row.action() == RowAction.CREATE && row.problems().isEmpty() && !row.invalid();
            if (plain && !everyRow) {
                continue;
            }
            lines.add(rowWord + " " + row.row() + ": " + what(row, plan.source()));
            for (ImportProblem problem : row.problems()) {
                lines.add("  " + problem(problem));
            }
        }
        ImportPlan.Counts counts = plan.counts();
        lines.add(m.get("transfer.import.report.summary", counts.partnersToCreate(), counts.rowsToMerge(),
                counts.unchanged(), counts.skipped(), counts.invalid(), counts.partnersToCreate(), counts.partnersToFill(),
                counts.personsToCreate(), counts.personsToMerge()));
        if (plan.source() != ImportSource.PARTNERS_CSV && counts.partnersToCreate() > 0) {
            lines.add(m.get("transfer.import.report.new-companies-other"));
        }
        return lines;
    }

    private String what(PlannedRow row, ImportSource source) {
        String label = row.label().isBlank() ? m.get("transfer.import.report.no-name") : row.label();
        if (row.invalid()) {
            return m.get("transfer.import.report.invalid", label);
        }
        Match match = row.partnerMatch();
        return switch (row.action()) {
            case CREATE -> match == null ? m.get("transfer.import.report.create", label)
                    : m.get("transfer.import.report.create-anyway", label, matchText(match));
            case MERGE -> row.unchanged() ? m.get("transfer.import.report.unchanged", label, matchText(match))
                    : m.get(source == ImportSource.PARTNERS_CSV ? "transfer.import.report.merge"
                    : "transfer.import.report.join", label, matchText(match)) + personText(row);
            case SKIP -> match == null ? m.get("transfer.import.report.skip", label)
                    : m.get("transfer.import.report.skip-duplicate", label, matchText(match));
        };
    }

    /** What happens to the row's contact person when it is there already. */
    private String personText(PlannedRow row) {
        if (row.personMatch() == null) {
            return "";
        }
        if (row.personFills().isEmpty()) {
            return " " + m.get("transfer.import.report.person-there", row.personMatch().name());
        }
        List<String> fields = row.personFills().stream().map(this::fieldLabel).toList();
        return " " + m.get("transfer.import.report.person-fill", row.personMatch().name(), String.join(", ", fields));
    }

    private String fieldLabel(String field) {
        String key = "field." + field;
        return m.has(key) ? m.get(key) : field;
    }

    private String matchText(Match match) {
        String reason = m.get(match.reason().messageKey());
        return match.isExisting() ? m.get("transfer.import.report.match-existing", match.name(), match.id(), reason)
                : m.get("transfer.import.report.match-row", match.name(), match.row(), reason);
    }

    private String problem(ImportProblem problem) {
        String text = m.get(problem.messageKey(), problem.args().toArray());
        String severity = m.get(problem.isError() ? "transfer.import.report.error" : "transfer.import.report.warning");
        if (problem.column() == null) {
            return severity + ": " + text;
        }
        return severity + " (" + m.get("transfer.import.report.in-column", problem.column()) + "): " + text;
    }
}
