package nl.verbinder.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.networks.PracticeNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code network log --network NAME [--partner P]... --kind K --summary TEXT}: logs a network
 * meeting, one contact moment with each partner present, each tagged with the network, so it
 * counts for the network and for every partner there. Without {@code --partner}, every member
 * of the network was there.
 */
@Command(name = "log", mixinStandardHelpOptions = true, sortOptions = false)
final class LogNetworkMeetingCommand extends ContextCommand {

    @Option(names = "--network", required = true, paramLabel = "NAME_OR_ID", descriptionKey = "network-log.network")
    String network;

    @Option(names = "--partner", paramLabel = "NAME_OR_ID", descriptionKey = "network-log.partner")
    List<String> partners = List.of();

    @Mixin
    MomentOptions moment;

    @Option(names = "--by", paramLabel = "THERAPIST", descriptionKey = "log.by")
    String by;

    LogNetworkMeetingCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        ContactMoment.Builder draft = moment.draft(context);
        PracticeNetwork target = context.services().practiceNetworks().resolve(network, "network");
        Set<Long> present = new LinkedHashSet<>();
        if (partners.isEmpty()) {
            target.members().forEach(m -> present.add(m.partnerId()));
        }
        for (String p : partners) {
            Partner partner = context.services().partners().resolve(p);
            present.add(partner.id());
        }
        ContactMoment meeting = MomentOptions.loggedBy(draft, context, by).build();
        List<ContactMoment> logged = context.services().practiceNetworks().logMeeting(target.id(), meeting, present);
        context.out().println(context.messages().get("cli.network-log.done", target.name(), logged.size(),
                context.messages().date(meeting.date())));
        return ExitCodes.DONE;
    }
}
