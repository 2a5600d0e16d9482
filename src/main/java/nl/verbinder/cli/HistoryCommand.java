package nl.verbinder.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.history.Change;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.HistoryLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code history --partner NAME_OR_ID}: what changed at one partner, newest first, in sentences. */
@Command(name = "history", mixinStandardHelpOptions = true, sortOptions = false)
final class HistoryCommand extends ContextCommand {

    @Mixin
    PartnerOption partner;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", descriptionKey = "history.since")
    String since;

    @Mixin
    FormatOption output;

    HistoryCommand(CliContext context) {
        super(context);
    }

    /** One changed field as the JSON shows it: the stored values, and the values as a user reads them. */
    @JsonPropertyOrder({"field", "from", "to"})
    record FieldRow(String field, String from, String to) {
    }

    /** One change as the JSON shows it. */
    @JsonPropertyOrder({"id", "at", "by", "byId", "action", "kind", "recordId", "partnerId", "changeSet", "text",
            "fields"})
    record ChangeRow(long id, Instant at, String by, Long byId, String action, String kind, long recordId,
                     Long partnerId, String changeSet, String text, List<FieldRow> fields) {
    }

    @Override
    public Integer call() {
        LocalDate from = since == null ? null : Inputs.date("since", since);
        Partner found = partner.find(context);
        List<Change> changes = context.services().history().forPartner(found.id(), from);
        print(context, changes, output.json(), "cli.history.heading", found.name());
        return ExitCodes.DONE;
    }

    /** Prints changes as a table of who, when and what, or as JSON. */
    static void print(CliContext context, List<Change> changes, boolean json, String headingKey, Object... heading) {
        Messages m = context.messages();
        List<HistoryLine> lines = context.services().history().readable(changes, m);
        if (json) {
            List<ChangeRow> rows = lines.stream().map(line -> {
                Change c = line.change();
                return new ChangeRow(c.id(), c.changedAt(), c.actor(), c.actorId(), c.action().code(),
                        c.kind() == null ? null : c.kind().code(), c.recordId(), c.partnerId(), c.changeSet(),
                        line.sentence(), c.fields().stream()
                                .map(f -> new FieldRow(f.field(), f.oldValue(), f.newValue())).toList());
            }).toList();
            Json.print(context.out(), rows);
            return;
        }
        context.out().println(m.get(headingKey, heading));
        TextTable table = new TextTable(List.of(m.get("cli.history.when"), m.get("cli.history.who"),
                m.get("cli.history.what")), 10, 24, 200);
        for (HistoryLine line : lines) {
            table.add(List.of(line.when(), line.who(), line.sentence()));
        }
        table.print(context.out());
        context.out().println(m.count("cli.history.count", lines.size()));
    }
}
