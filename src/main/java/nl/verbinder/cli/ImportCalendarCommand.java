package nl.verbinder.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.verbinder.domain.ImportRecord;
import nl.verbinder.domain.calendar.MatchReason;
import nl.verbinder.domain.calendar.MomentProposal;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.calendar.AgendaProposals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code import calendar}: contact moments from an agenda file. Every proposal is logged, as one
 * import that {@code import undo --last} takes back; {@code --dry-run} lists them, each with why
 * it matched and the kind it got, and writes nothing.
 */
@Command(name = "calendar", mixinStandardHelpOptions = true, sortOptions = false)
final class ImportCalendarCommand extends ContextCommand {

    @Option(names = "--in", paramLabel = "FILE", descriptionKey = "agenda.cli.in")
    Path in;

    @Option(names = "--fetch", descriptionKey = "agenda.cli.fetch")
    boolean fetch;

    @Option(names = "--address", paramLabel = "URL", descriptionKey = "agenda.cli.address")
    String address;

    @Option(names = "--forget-address", descriptionKey = "agenda.cli.forget-address")
    boolean forgetAddress;

    @Option(names = "--from", paramLabel = "D", descriptionKey = "agenda.cli.from")
    String from;

    @Option(names = "--to", paramLabel = "D", descriptionKey = "agenda.cli.to")
    String to;

    @Option(names = "--by", paramLabel = "THERAPIST", descriptionKey = "agenda.cli.by")
    String by;

    @Option(names = "--dry-run", descriptionKey = "transfer.import.dry-run")
    boolean dryRun;

    ImportCalendarCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Messages texts = context.messages();
        if (forgetAddress) {
            boolean had = context.calendarAddress().remove();
            context.out().println(texts.get(had ? "agenda.cli.address-forgotten" : "agenda.cli.address-none"));
            return ExitCodes.DONE;
        }
        if (address != null && !fetch) {
            throw UsageException.of("address", "agenda.cli.address-needs-fetch");
        }
        if ((in == null) == !fetch) {
            throw UsageException.of("in", "agenda.cli.in-or-fetch");
        }
        if (!fetch) {
            return propose(in);
        }
        var calendar = context.calendarAddress();
        if (address != null) {
            calendar.save(address);
        }
        Path fetched = calendar.fetch();
        try {
            context.out().println(texts.get("agenda.cli.fetched", calendar.masked().orElse("")));
            return propose(fetched);
        } finally {
            try {
                Files.deleteIfExists(fetched);
            } catch (IOException e) {
                // the user's own agenda in their own temporary folder
            }
        }
    }

    private Integer propose(Path file) {
        LocalDate fromDate = Inputs.date("from", from);
        LocalDate toDate = Inputs.date("to", to);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw UsageException.of("to", "agenda.cli.period-backwards", fromDate, toDate);
        }
        Long loggedBy = context.therapistId(by, "loggedBy");
        Messages m = context.messages();
        AgendaProposals proposals = context.services().agenda().propose(file, fromDate, toDate);
        for (MomentProposal proposal : proposals.proposals()) {
            context.out().println(m.get("agenda.cli.proposal", m.date(proposal.date()), proposal.partnerName(),
                    m.get(proposal.kind().labelKey()), proposal.summary(), why(m, proposal)));
        }
        context.out().println(m.get("agenda.cli.summary", proposals.proposals().size(), proposals.remembered(),
                proposals.unmatched(), proposals.file().privates(), proposals.file().cancelled(),
                proposals.file().allDay()));
        if (proposals.nothingNew()) {
            context.out().println(m.get("agenda.cli.nothing-new", proposals.remembered()));
            return ExitCodes.DONE;
        }
        if (dryRun) {
            context.out().println(m.get("transfer.import.cli.dry-run"));
            return ExitCodes.DONE;
        }
        Optional<ImportRecord> record = context.services().agenda().logAll(proposals, loggedBy);
        if (record.isEmpty()) {
            context.out().println(m.get("agenda.cli.nothing"));
        } else {
            context.out().println(m.get("agenda.cli.done", record.get().id(), record.get().items().size()));
            context.out().println(m.get("cli.import.undo-hint", context.invokedAs()));
        }
        return ExitCodes.DONE;
    }

    static String why(Messages m, MomentProposal proposal) {
        return proposal.reasons().stream().map((MatchReason r) -> m.get(r.rule().labelKey(), r.matched()))
                .collect(Collectors.joining("; "));
    }
}
