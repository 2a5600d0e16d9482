package nl.verbinder.cli;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.Therapist;
import nl.verbinder.domain.networks.PracticeNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code network log --network NAME [--partner P]... --kind K --summary TEXT}: logs a network
 * meeting, one contact moment with each partner present, each tagged with the network, so it
 * counts for the network and for every partner there. Without {@code --partner}, every member
 * of the network was there.
 */
@Command(name = "log", mixinStandardHelpOptions = true, sortOptions = false)
final class LogNetworkMeetingCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--network", required = true, paramLabel = "NAME_OR_ID", descriptionKey = "network-log.network")
    String network;

    @Option(names = "--partner", paramLabel = "NAME_OR_ID", descriptionKey = "network-log.partner")
    List<String> partners = List.of();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", descriptionKey = "log.date")
    String date;

    @Option(names = "--kind", required = true, paramLabel = "KIND", descriptionKey = "log.kind")
    String kind;

    @Option(names = "--summary", required = true, paramLabel = "TEXT", descriptionKey = "log.summary")
    String summary;

    @Option(names = {"--given", "--offered"}, paramLabel = "TEXT", descriptionKey = "log.given")
    String given;

    @Option(names = "--asked", paramLabel = "TEXT", descriptionKey = "log.asked")
    String asked;

    @Option(names = "--by", paramLabel = "THERAPIST", descriptionKey = "log.by")
    String by;

    LogNetworkMeetingCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        LocalDate momentDate = date == null ? context.today() : Inputs.date("date", date);
        ContactKind contactKind = Inputs.code(ContactKind.class, "kind", kind);
        PracticeNetwork target = context.services().practiceNetworks().resolve(network, "network");
        Set<Long> present = new LinkedHashSet<>();
        if (partners.isEmpty()) {
            target.members().forEach(m -> present.add(m.partnerId()));
        }
        for (String p : partners) {
            Partner partner = context.services().partners().resolve(p);
            present.add(partner.id());
        }
        Long loggedBy = null;
        Set<Long> therapists = Set.of();
        if (by != null) {
            Therapist therapist = context.services().therapists().resolve(by, "loggedBy");
            loggedBy = therapist.id();
            therapists = Set.of(therapist.id());
        }
        List<ContactMoment> logged = context.services().practiceNetworks().logMeeting(target.id(),
                ContactMoment.builder().date(momentDate).kind(contactKind).summary(summary).offered(given)
                        .asked(asked).loggedBy(loggedBy).therapistIds(therapists).build(), present);
        context.out().println(context.messages().get("cli.network-log.done", target.name(), logged.size(),
                context.messages().date(momentDate)));
        return ExitCodes.DONE;
    }
}
