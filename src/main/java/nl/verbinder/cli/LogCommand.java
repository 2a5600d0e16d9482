package nl.verbinder.cli;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.MomentField;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.Therapist;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code log}: log a contact moment with a partner. */
@Command(name = "log", mixinStandardHelpOptions = true, sortOptions = false)
final class LogCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--partner", required = true, paramLabel = "NAME_OR_ID", descriptionKey = "log.partner")
    String partner;

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

    @Option(names = "--follow-up", paramLabel = "TEXT", descriptionKey = "log.follow-up")
    String followUp;

    @Option(names = "--due", paramLabel = "YYYY-MM-DD", descriptionKey = "log.due")
    String due;

    @Option(names = "--theirs", descriptionKey = "log.theirs")
    boolean theirs;

    @Option(names = "--by", paramLabel = "THERAPIST", descriptionKey = "log.by")
    String by;

    LogCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        LocalDate momentDate = date == null ? context.today() : Inputs.date("date", date);
        ContactKind contactKind = Inputs.code(ContactKind.class, "kind", kind);
        LocalDate dueDate = Inputs.date(MomentField.FOLLOW_UP_DUE, due);
        Partner target = context.services().partners().resolve(partner);
        Long loggedBy = null;
        Set<Long> therapists = Set.of();
        if (by != null) {
            Therapist therapist = context.services().therapists().resolve(by, "loggedBy");
            loggedBy = therapist.id();
            therapists = Set.of(therapist.id());
        }
        ContactMoment logged = context.services().moments().log(ContactMoment.builder()
                .partnerId(target.id())
                .date(momentDate)
                .kind(contactKind)
                .summary(summary)
                .offered(given)
                .asked(asked)
                .followUp(followUp)
                .followUpDue(dueDate)
                .followUpTheirs(theirs)
                .loggedBy(loggedBy)
                .therapistIds(therapists)
                .build());
        context.out().println(context.messages().get("cli.log.done", logged.id(), target.name(),
                context.messages().date(logged.date())));
        return ExitCodes.DONE;
    }
}
