package nl.verbinder.cli;

import java.nio.file.Path;
import nl.verbinder.domain.PersonalData;
import nl.verbinder.service.PersonalDataService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code person export NAME_OR_ID --out FILE}: everything about a contact person as JSON
 * ({@code .json}) or as a readable PDF ({@code .pdf}) in the language of {@code --lang}.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false)
final class PersonExportCommand extends ContextCommand {

    @Parameters(index = "0", paramLabel = "NAME_OR_ID", descriptionKey = "person.name-or-id")
    String person;

    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "person.out")
    Path out;

    @Mixin
    PersonSubject whose = new PersonSubject();

    PersonExportCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        PersonalDataService service = context.services().personalData();
        PersonSubject.Found found = whose.resolve(service, person);
        PersonalData data = service.export(found.subject(), found.id(), out, context.messages());
        context.out().println(context.messages().get("privacy.exported", data.name(),
                out.toAbsolutePath().toString()));
        return ExitCodes.DONE;
    }
}
