package nl.verbinder.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.verbinder.domain.attention.AttentionFilter;
import nl.verbinder.domain.attention.AttentionItem;
import nl.verbinder.domain.attention.AttentionOverview;
import nl.verbinder.domain.attention.NetworkAttentionItem;
import nl.verbinder.domain.attention.OwnerCount;
import nl.verbinder.domain.attention.PracticeHint;
import nl.verbinder.domain.attention.Reason;
import nl.verbinder.domain.attention.ReasonCode;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.AttentionTexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code attention}: which relationships need attention and why, most urgent first, with the
 * practice-level hints. {@code --today} computes every rule as of that day.
 */
@Command(name = "attention", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = AttentionSettingsCommand.class)
final class AttentionCommand extends ContextCommand {

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", descriptionKey = "attention.today")
    String today;

    @Option(names = "--owner", paramLabel = "THERAPIST", descriptionKey = "attention.owner")
    String owner;

    @Option(names = "--reason", paramLabel = "CODE", descriptionKey = "attention.reason")
    String reason;

    @Mixin
    FormatOption output;

    AttentionCommand(CliContext context) {
        super(context);
    }

    /** A reason or hint as the JSON shows it. */
    @JsonPropertyOrder({"code", "message"})
    record CodeMessage(String code, String message) {
    }

    /** An item as the JSON shows it. */
    @JsonPropertyOrder({"partnerId", "partner", "category", "owner", "score", "lastContact", "daysSinceContact",
            "rhythmDays", "reasons"})
    record ItemRow(long partnerId, String partner, String category, String owner, int score, LocalDate lastContact,
                   Integer daysSinceContact, int rhythmDays, List<CodeMessage> reasons) {
    }

    /** A network the practice takes part in, as the JSON shows it. */
    @JsonPropertyOrder({"networkId", "network", "role", "score", "reasons"})
    record NetworkRow(long networkId, String network, String role, int score, List<CodeMessage> reasons) {
    }

    /** The whole JSON document. */
    @JsonPropertyOrder({"today", "partners", "practice", "networks"})
    record Document(LocalDate today, List<ItemRow> partners, List<CodeMessage> practice, List<NetworkRow> networks) {
    }

    @Override
    public Integer call() {
        LocalDate day = context.today(today);
        ReasonCode reasonCode = Inputs.code(ReasonCode.class, "reason", reason);
        AttentionFilter filter = AttentionFilter.all().withReason(reasonCode);
        if (owner != null) {
            filter = filter.withOwner(context.therapistId(owner, "owner"));
        }
        AttentionOverview overview = context.services().attention().overview(day, filter);
        if (output.json()) {
            printJson(overview);
        } else {
            printTable(overview);
        }
        return ExitCodes.DONE;
    }

    private void printJson(AttentionOverview overview) {
        Messages m = context.messages();
        List<ItemRow> rows = new ArrayList<>();
        for (AttentionItem item : overview.items()) {
            rows.add(new ItemRow(item.partnerId(), item.partnerName(), item.category().code(), item.ownerName(),
                    item.score(), item.lastContact(), item.daysSinceContact(), item.rhythmDays(),
                    item.reasons().stream().map(r -> new CodeMessage(r.code().code(), AttentionTexts.sentence(m, r)))
                            .toList()));
        }
        List<CodeMessage> practice = overview.hints().stream()
                .map(h -> new CodeMessage(h.code().code(), AttentionTexts.sentence(m, h))).toList();
        List<NetworkRow> networks = overview.networks().stream().map(n -> new NetworkRow(n.networkId(),
                n.networkName(), n.ourRole().code(), n.score(), n.reasons().stream()
                        .map(r -> new CodeMessage(r.code().code(), AttentionTexts.sentence(m, r))).toList()))
                .toList();
        Json.print(context.out(), new Document(overview.today(), rows, practice, networks));
    }

    private void printTable(AttentionOverview overview) {
        Messages m = context.messages();
        context.out().println(m.get("cli.attention.heading", overview.today()));
        TextTable table = new TextTable(List.of("#", m.get("field.partner"), m.get("field.category"),
                m.get("field.owner"), m.get("cli.attention.score"), m.get("cli.partners.last-contact"),
                m.get("cli.attention.reasons")), 7, 40, 20, 20, 5, 16, 200);
        for (AttentionItem item : overview.items()) {
            List<String> reasons = new ArrayList<>();
            for (Reason r : item.reasons()) {
                reasons.add(AttentionTexts.sentence(m, r));
            }
            table.add(List.of(String.valueOf(item.partnerId()), item.partnerName(), m.get(item.category().labelKey()),
                    item.ownerName() == null ? "-" : item.ownerName(), String.valueOf(item.score()),
                    item.lastContact() == null ? "-" : m.date(item.lastContact()), String.join("; ", reasons)));
        }
        table.print(context.out());
        context.out().println(m.get("cli.attention.count", overview.items().size(), overview.total(),
                overview.snoozed().size()));
        if (!overview.owners().isEmpty()) {
            List<String> owners = new ArrayList<>();
            for (OwnerCount o : overview.owners()) {
                owners.add((o.ownerName() == null ? m.get("cli.attention.no-owner") : o.ownerName()) + " " + o.count());
            }
            context.out().println(m.get("cli.attention.per-owner", String.join(", ", owners)));
        }
        for (PracticeHint hint : overview.hints()) {
            context.out().println("! " + AttentionTexts.sentence(m, hint));
        }
        if (!overview.networks().isEmpty()) {
            context.out().println(m.get("cli.attention.networks"));
            for (NetworkAttentionItem n : overview.networks()) {
                List<String> reasons = n.reasons().stream().map(r -> AttentionTexts.sentence(m, r)).toList();
                context.out().println("- " + n.networkName() + " (" + m.get(n.ourRole().labelKey()) + "): "
                        + String.join("; ", reasons));
            }
        }
    }
}
