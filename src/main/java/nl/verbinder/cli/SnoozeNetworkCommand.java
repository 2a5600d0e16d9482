package nl.verbinder.cli;

import nl.verbinder.domain.networks.PracticeNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code network snooze --network NAME --until D}: puts a network's attention item away until a
 * date, counted from today (or {@code --today}); {@code --off} brings it back.
 */
@Command(name = "snooze", mixinStandardHelpOptions = true, sortOptions = false)
final class SnoozeNetworkCommand extends ContextCommand {

    @Option(names = "--network", required = true, paramLabel = "NAME_OR_ID", descriptionKey = "network-review.network")
    String network;

    @Mixin
    SnoozeOptions options;

    SnoozeNetworkCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        return options.apply(context, () -> {
            PracticeNetwork target = context.services().practiceNetworks().resolve(network, "network");
            return new SnoozeOptions.Target(target.name(), () -> context.services().attention().unsnoozeNetwork(target.id()),
                    (until, note, today) -> context.services().attention().snoozeNetwork(target.id(), until, note, today)
                            .until());
        });
    }
}
