package nl.verbinder.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.Mention;
import nl.verbinder.domain.PersonalData;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.ContactPersonService;
import nl.verbinder.service.MentionTexts;
import nl.verbinder.service.PersonalDataService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code person erase NAME_OR_ID [--dry-run] [--yes]}: lists every mention of the person and
 * what will change, then erases them under the GDPR, by the same rules as the app: the record
 * goes, and the mentions that leave no doubt (full name, e-mail, phone, LinkedIn) and the
 * surname alone are replaced by "[…]"; a first name alone is listed but left, as the app
 * leaves it unticked. Asks for confirmation unless {@code --yes}; refuses (exit 2) when it
 * cannot ask.
 */
@Command(name = "erase", mixinStandardHelpOptions = true, sortOptions = false)
final class PersonEraseCommand extends ContextCommand {

    @Parameters(index = "0", paramLabel = "NAME_OR_ID", descriptionKey = "person.name-or-id")
    String person;

    @Option(names = "--dry-run", descriptionKey = "person.dry-run")
    boolean dryRun;

    @Option(names = "--yes", descriptionKey = "person.yes")
    boolean yes;

    PersonEraseCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Messages m = context.messages();
        PersonalDataService privacy = context.services().personalData();
        ContactPerson found = privacy.resolve(person);
        PersonalData data = privacy.gather(found.id());
        List<Mention> going = data.mentions().stream().filter(x -> x.proposed()).toList();

        context.out().println(m.get("privacy.erase.record", found.name(), data.partnerName(), found.id()));
        context.out().println(m.get("privacy.erase.moments", data.moments().size()));
        for (Mention mention : data.mentions()) {
            String action = mention.proposed() ? m.get("privacy.erase.goes", ContactPersonService.ERASED)
                    : m.get("privacy.erase.stays");
            context.out().println("  " + MentionTexts.where(m, mention) + " (" + m.get(mention.kind().labelKey())
                    + "): " + mention.snippet() + " → " + action);
        }
        context.out().println(m.get("privacy.erase.summary", going.size(), data.mentions().size() - going.size()));
        context.out().println(m.get("privacy.erase.copies"));
        if (dryRun) {
            context.out().println(m.get("privacy.erase.dry-run"));
            return ExitCodes.DONE;
        }
        if (!yes) {
            Optional<BufferedReader> answers = context.answers();
            if (answers.isEmpty()) {
                context.err().println(m.get("privacy.erase.needs-yes"));
                return ExitCodes.USAGE;
            }
            context.out().print(m.get("privacy.erase.ask", found.name()) + " ");
            context.out().flush();
            if (!confirmed(readLine(answers.get()))) {
                context.out().println(m.get("privacy.erase.cancelled"));
                return ExitCodes.REFUSED;
            }
        }
        int changed = context.services().contactPersons().erasePerson(found.id(), going);
        context.out().println(m.get("privacy.erase.done", found.name(), changed));
        return ExitCodes.DONE;
    }

    private static String readLine(BufferedReader reader) {
        try {
            String line = reader.readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** y, yes, j, ja: anything else keeps the person. */
    static boolean confirmed(String answer) {
        return List.of("y", "yes", "j", "ja").contains(answer.strip().toLowerCase(Locale.ROOT));
    }
}
