package nl.verbinder.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import nl.verbinder.domain.FieldError;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.domain.attention.NetworkSnooze;
import nl.verbinder.domain.networks.PracticeNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code network snooze --network NAME --until D}: puts a network's attention item away until a
 * date, counted from today (or {@code --today}); {@code --off} brings it back.
 */
@Command(name = "snooze", mixinStandardHelpOptions = true, sortOptions = false)
final class SnoozeNetworkCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--network", required = true, paramLabel = "NAME_OR_ID", descriptionKey = "network-review.network")
    String network;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", descriptionKey = "snooze.until")
    String until;

    @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "snooze.note")
    String note;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", descriptionKey = "snooze.today")
    String today;

    @Option(names = "--off", descriptionKey = "snooze.off")
    boolean off;

    SnoozeNetworkCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (off && until != null) {
            throw UsageException.of("until", "cli.snooze.off-and-until");
        }
        LocalDate untilDate = Inputs.date("until", until);
        LocalDate day = today == null ? context.today() : Inputs.date("today", today);
        PracticeNetwork target = context.services().practiceNetworks().resolve(network, "network");
        if (off) {
            context.services().attention().unsnoozeNetwork(target.id());
            context.out().println(context.messages().get("cli.snooze.off", target.name()));
            return ExitCodes.DONE;
        }
        if (until == null) {
            throw new ValidationException(FieldError.of("until", "error.required"));
        }
        NetworkSnooze snooze = context.services().attention().snoozeNetwork(target.id(), untilDate, note, day);
        context.out().println(context.messages().get("cli.snooze.done", target.name(), snooze.until()));
        return ExitCodes.DONE;
    }
}
