package nl.verbinder.cli;

import nl.verbinder.domain.Partner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code snooze}: put a partner's attention item away until a date, or bring it back with {@code --off}. */
@Command(name = "snooze", mixinStandardHelpOptions = true, sortOptions = false)
final class SnoozeCommand extends ContextCommand {

    @Mixin
    PartnerOption partner;

    @Mixin
    SnoozeOptions options;

    SnoozeCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        return options.apply(context, () -> {
            Partner target = partner.find(context);
            return new SnoozeOptions.Target(target.name(), () -> context.services().attention().unsnooze(target.id()),
                    (until, note, today) -> context.services().attention().snooze(target.id(), until, note, today)
                            .until());
        });
    }
}
