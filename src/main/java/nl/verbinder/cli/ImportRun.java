package nl.verbinder.cli;

import java.io.PrintWriter;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.service.transfer.imports.ImportPlan;
import nl.verbinder.service.transfer.imports.ImportResult;

/**
 * What every import command does with its plan: a dry run prints the report and writes
 * nothing; a refused plan prints the report on stderr with exit code 1; otherwise the import
 * runs and its result is printed.
 */
final class ImportRun {

    private ImportRun() {
    }

    static int finish(CliContext context, ImportPlan plan, boolean dryRun) {
        Messages m = context.messages();
        ImportReport report = new ImportReport(m);
        if (plan.refused()) {
            PrintWriter err = context.err();
            report.print(plan, err, true);
            err.println(m.get(plan.fileProblems().stream().anyMatch(p -> p.isError())
                    ? "transfer.import.cli.refused-file" : "transfer.import.cli.refused-rows", plan.counts().invalid()));
            return ExitCodes.REFUSED;
        }
        if (dryRun) {
            report.print(plan, context.out(), true);
            context.out().println(m.get("transfer.import.cli.dry-run"));
            return ExitCodes.DONE;
        }
        report.print(plan, context.out(), true);
        ImportResult result = context.services().imports().run(plan, Progress.none());
        if (result.record() == null) {
            context.out().println(m.get(plan.counts().unchanged() > 0 ? "transfer.import.cli.all-there"
                    : "transfer.import.cli.nothing", plan.counts().unchanged()));
        } else {
            context.out().println(m.get("transfer.import.cli.done", result.record().id(), result.partnersCreated(),
                    result.partnersFilled(), result.personsCreated(), result.personsFilled()));
            context.out().println(m.get("cli.import.undo-hint", context.invokedAs()));
        }
        return ExitCodes.DONE;
    }
}
