package nl.verbinder.cli;

import java.time.LocalDate;
import java.util.function.Supplier;
import nl.verbinder.domain.FieldError;
import nl.verbinder.domain.ValidationException;
import picocli.CommandLine.Option;

/**
 * What {@code snooze} (a partner) and {@code network snooze} share: {@code --until}, {@code --note},
 * {@code --today} and {@code --off}, checked and carried out the same way for either target.
 */
final class SnoozeOptions {

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", descriptionKey = "snooze.until")
    String until;

    @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "snooze.note")
    String note;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", descriptionKey = "snooze.today")
    String today;

    @Option(names = "--off", descriptionKey = "snooze.off")
    boolean off;

    /**
     * The partner or network whose attention item is snoozed: its name, what brings the item back
     * now, and what puts it away until a day.
     */
    record Target(String name, Runnable lift, Snooze snooze) {
    }

    /** Puts the item away until the day, counted from {@code today}; returns the day it lasts through. */
    interface Snooze {
        LocalDate until(LocalDate until, String note, LocalDate today);
    }

    /** Checks the options, then finds the target (which may refuse) and lifts or sets its snooze. */
    int apply(CliContext context, Supplier<Target> find) {
        if (off && until != null) {
            throw UsageException.of("until", "cli.snooze.off-and-until");
        }
        LocalDate untilDate = Inputs.date("until", until);
        LocalDate day = context.today(today);
        Target target = find.get();
        if (off) {
            target.lift().run();
            context.out().println(context.messages().get("cli.snooze.off", target.name()));
            return ExitCodes.DONE;
        }
        if (until == null) {
            throw new ValidationException(FieldError.of("until", "error.required"));
        }
        LocalDate through = target.snooze().until(untilDate, note, day);
        context.out().println(context.messages().get("cli.snooze.done", target.name(), through));
        return ExitCodes.DONE;
    }
}
