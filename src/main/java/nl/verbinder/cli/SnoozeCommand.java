package nl.verbinder.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import nl.verbinder.domain.FieldError;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.domain.attention.Snooze;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code snooze}: put a partner's attention item away until a date, or bring it back with {@code --off}. */
@Command(name = "snooze", mixinStandardHelpOptions = true, sortOptions = false)
final class SnoozeCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--partner", required = true, paramLabel = "NAME_OR_ID", descriptionKey = "snooze.partner")
    String partner;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", descriptionKey = "snooze.until")
    String until;

    @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "snooze.note")
    String note;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", descriptionKey = "snooze.today")
    String today;

    @Option(names = "--off", descriptionKey = "snooze.off")
    boolean off;

    SnoozeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (off && until != null) {
            throw UsageException.of("until", "cli.snooze.off-and-until");
        }
        LocalDate untilDate = Inputs.date("until", until);
        LocalDate day = today == null ? context.today() : Inputs.date("today", today);
        Partner target = context.services().partners().resolve(partner);
        if (off) {
            context.services().attention().unsnooze(target.id());
            context.out().println(context.messages().get("cli.snooze.off", target.name()));
            return ExitCodes.DONE;
        }
        if (until == null) {
            throw new ValidationException(FieldError.of("until", "error.required"));
        }
        Snooze snooze = context.services().attention().snooze(target.id(), untilDate, note, day);
        context.out().println(context.messages().get("cli.snooze.done", target.name(), snooze.until()));
        return ExitCodes.DONE;
    }
}
