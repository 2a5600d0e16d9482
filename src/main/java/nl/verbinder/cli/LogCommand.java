package nl.verbinder.cli;

import java.time.LocalDate;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.MomentField;
import nl.verbinder.domain.Partner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code log}: log a contact moment with a partner. */
@Command(name = "log", mixinStandardHelpOptions = true, sortOptions = false)
final class LogCommand extends ContextCommand {

    @Mixin
    PartnerOption partner;

    @Mixin
    MomentOptions moment;

    @Option(names = "--follow-up", paramLabel = "TEXT", descriptionKey = "log.follow-up")
    String followUp;

    @Option(names = "--due", paramLabel = "YYYY-MM-DD", descriptionKey = "log.due")
    String due;

    @Option(names = "--theirs", descriptionKey = "log.theirs")
    boolean theirs;

    @Option(names = "--by", paramLabel = "THERAPIST", descriptionKey = "log.by")
    String by;

    LogCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        ContactMoment.Builder draft = moment.draft(context);
        LocalDate dueDate = Inputs.date(MomentField.FOLLOW_UP_DUE, due);
        Partner target = partner.find(context);
        ContactMoment logged = context.services().moments().log(MomentOptions.loggedBy(draft, context, by)
                .partnerId(target.id())
                .followUp(followUp)
                .followUpDue(dueDate)
                .followUpTheirs(theirs)
                .build());
        context.out().println(context.messages().get("cli.log.done", logged.id(), target.name(),
                context.messages().date(logged.date())));
        return ExitCodes.DONE;
    }
}
