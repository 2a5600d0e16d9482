package nl.verbinder.cli;

import java.time.LocalDate;
import java.util.Set;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.Therapist;
import picocli.CommandLine.Option;

/**
 * What {@code log} and {@code network log} share: the moment's {@code --date}, {@code --kind},
 * {@code --summary}, {@code --given} and {@code --asked}, and who logged it ({@code --by}, which
 * each command declares where its help lists it).
 */
final class MomentOptions {

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

    /** A moment on the date (today without {@code --date}) of the kind, with the summary, given and asked. */
    ContactMoment.Builder draft(CliContext context) {
        LocalDate momentDate = date == null ? context.today() : Inputs.date("date", date);
        ContactKind contactKind = Inputs.code(ContactKind.class, "kind", kind);
        return ContactMoment.builder().date(momentDate).kind(contactKind).summary(summary).offered(given)
                .asked(asked);
    }

    /** Sets the therapist {@code by} names (if any) as the one who logged the moment and took part in it. */
    static ContactMoment.Builder loggedBy(ContactMoment.Builder moment, CliContext context, String by) {
        if (by == null) {
            return moment.loggedBy(null).therapistIds(Set.of());
        }
        Therapist therapist = context.services().therapists().resolve(by, "loggedBy");
        return moment.loggedBy(therapist.id()).therapistIds(Set.of(therapist.id()));
    }
}
