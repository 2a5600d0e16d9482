package nl.verbinder.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.Mention;
import nl.verbinder.domain.PersonalData;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.MentionTexts;
import nl.verbinder.service.PersonalDataService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code person show NAME_OR_ID [--format table|json]}: everything Verbinder holds about a contact person. */
@Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false)
final class PersonShowCommand implements Callable<Integer> {

    enum Format { table, json }

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "NAME_OR_ID", descriptionKey = "person.name-or-id")
    String person;

    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table", descriptionKey = "person.format")
    Format format;

    PersonShowCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        PersonalDataService service = context.services().personalData();
        PersonalData data = service.gather(service.resolve(person).id());
        if (format == Format.json) {
            try {
                context.out().println(PersonalDataService.jsonMapper().writeValueAsString(data));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            print(context.out(), context.messages(), data);
        }
        return ExitCodes.DONE;
    }

    /** The inzage as text: the record, the moments, the mentions and the imports, each under a heading. */
    static void print(PrintWriter out, Messages m, PersonalData data) {
        ContactPerson p = data.person();
        out.println(m.get("privacy.section.record"));
        field(out, m, "privacy.field.name", p.name());
        field(out, m, "privacy.field.partner", data.partnerName());
        field(out, m, "privacy.field.role", p.role());
        field(out, m, "privacy.field.email", p.email());
        field(out, m, "privacy.field.phone", p.phone());
        field(out, m, "privacy.field.linkedin", p.linkedinUrl());
        field(out, m, "privacy.field.notes", p.notes());
        field(out, m, "privacy.field.created", p.createdAt() == null ? null : p.createdAt().toString());
        field(out, m, "privacy.field.updated", p.updatedAt() == null ? null : p.updatedAt().toString());
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
