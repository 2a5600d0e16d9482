package nl.verbinder.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.verbinder.domain.RetentionCandidate;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.PersonalDataService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code person retention [--months N] [--keep ID --reason TEXT] [--today DATE] [--format table|json]}:
 * the contact persons kept longer than the retention setting, to erase ({@code person erase})
 * or keep with a reason. Deletes nothing.
 */
@Command(name = "retention", mixinStandardHelpOptions = true, sortOptions = false)
final class PersonRetentionCommand extends ContextCommand {

    @Option(names = "--months", paramLabel = "N", descriptionKey = "person.retention.months")
    Integer months;

    @Option(names = "--keep", paramLabel = "ID", descriptionKey = "person.retention.keep")
    Long keep;

    @Option(names = "--reason", paramLabel = "TEXT", descriptionKey = "person.retention.reason")
    String reason;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", descriptionKey = "person.retention.today")
    LocalDate today;

    @Mixin
    FormatOption output;

    PersonRetentionCommand(CliContext context) {
        super(context);
    }

    /** A person on the review list as the JSON shows it. */
    record Row(long id, String name, String partner, String reason, LocalDate since) {
    }

    @Override
    public Integer call() {
        Messages m = context.messages();
        PersonalDataService privacy = context.services().personalData();
        if (months != null) {
            privacy.setRetentionMonths(months);
        }
        if (keep != null) {
            privacy.keep(keep, reason);
            context.out().println(m.get("privacy.retention.kept", keep));
        }
        LocalDate day = today != null ? today : context.today();
        List<RetentionCandidate> review = privacy.retentionReview(day);
        if (output.json()) {
            List<Row> rows = new ArrayList<>();
            review.forEach(c -> rows.add(new Row(c.personId(), c.name(), c.partnerName(), c.reason().code(), c.since())));
            Json.print(context.out(), rows);
            return ExitCodes.DONE;
        }
        context.out().println(m.get("privacy.retention.heading", privacy.retentionMonths(), review.size()));
        TextTable table = new TextTable(List.of("#", m.get("privacy.field.name"), m.get("privacy.field.partner"),
                m.get("privacy.retention.why"), m.get("privacy.retention.since")), 7, 32, 32, 28, 12);
        for (RetentionCandidate c : review) {
            table.add(List.of(String.valueOf(c.personId()), c.name(), c.partnerName(), m.get(c.reason().labelKey()),
                    c.since().toString()));
        }
        table.print(context.out());
        if (!review.isEmpty()) {
            context.out().println(m.get("privacy.retention.next"));
        }
        return ExitCodes.DONE;
    }
}
