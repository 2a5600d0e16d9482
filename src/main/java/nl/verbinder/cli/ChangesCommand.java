package nl.verbinder.cli;

import java.time.LocalDate;
import java.util.List;
import nl.verbinder.domain.history.Change;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code changes}: what the practice changed, newest first; from a day, by one therapist. */
@Command(name = "changes", mixinStandardHelpOptions = true, sortOptions = false)
final class ChangesCommand extends ContextCommand {

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", descriptionKey = "changes.since")
    String since;

    @Option(names = "--by", paramLabel = "THERAPIST", descriptionKey = "changes.by")
    String by;

    @Mixin
    FormatOption output;

    ChangesCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        LocalDate from = since == null ? context.today().minusDays(7) : Inputs.date("since", since);
        Long therapist = context.therapistId(by, "by");
        List<Change> changes = context.services().history().changes(from, therapist);
        HistoryCommand.print(context, changes, output.json(), "cli.changes.heading",
                context.messages().date(from));
        return ExitCodes.DONE;
    }
}
