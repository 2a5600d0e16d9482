package nl.verbinder.cli;

import java.io.PrintWriter;
import java.util.List;
import nl.verbinder.domain.Mention;
import nl.verbinder.domain.PersonalData;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.MentionTexts;
import nl.verbinder.service.PersonalDataService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code person show NAME_OR_ID [--therapist|--partner] [--format table|json]}: everything
 * Verbinder holds about a contact person, a therapist or a partner that is a person.
 */
@Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false)
final class PersonShowCommand extends ContextCommand {

    @Parameters(index = "0", paramLabel = "NAME_OR_ID", descriptionKey = "person.name-or-id")
    String person;

    @Mixin
    FormatOption output;

    @Mixin
    PersonSubject whose = new PersonSubject();

    PersonShowCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        PersonalDataService service = context.services().personalData();
        PersonSubject.Found found = whose.resolve(service, person);
        PersonalData data = service.gather(found.subject(), found.id());
        if (output.json()) {
            Json.print(context.out(), data);
        } else {
            print(context.out(), context.messages(), data, service.historySentences(data, context.messages()));
        }
        return ExitCodes.DONE;
    }

    /** The inzage as text: the record, the moments, the mentions and the imports, each under a heading. */
    static void print(PrintWriter out, Messages m, PersonalData data, List<String> history) {
        out.println(m.get("privacy.section.record") + " (" + m.get(data.subject().labelKey()) + ")");
        for (PersonalData.Field f : data.record()) {
            field(out, m, f.labelKey(), f.valueLabelKey() == null || f.value() == null ? f.value() : m.get(f.valueLabelKey()));
        }
        out.println();
        out.println(m.get("privacy.section.moments", data.moments().size()));
        for (PersonalData.Moment moment : data.moments()) {
            out.println("  " + moment.date() + " · " + moment.partnerName() + " · " + oneLine(moment.summary()));
        }
        out.println();
        out.println(m.get("privacy.section.mentions", data.mentions().size()));
        for (Mention mention : data.mentions()) {
            out.println("  " + MentionTexts.where(m, mention) + " (" + m.get(mention.kind().labelKey()) + "): "
                    + mention.snippet());
        }
        out.println();
        out.println(m.get("privacy.section.imports", data.imports().size()));
        for (PersonalData.Import i : data.imports()) {
            out.println("  " + i.importedAt() + " · " + i.source() + " · " + i.fileName() + " · " + i.action()
                    + (i.filledFields() == null ? "" : " (" + i.filledFields() + ")"));
        }
        out.println();
        out.println(m.get("privacy.section.history", history.size()));
        for (String line : history) {
            out.println("  " + line);
        }
    }

    private static void field(PrintWriter out, Messages m, String key, String value) {
        if (value != null && !value.isBlank()) {
            out.println("  " + m.get(key) + ": " + oneLine(value));
        }
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
