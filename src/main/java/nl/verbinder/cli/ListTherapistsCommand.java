package nl.verbinder.cli;

import java.util.List;
import nl.verbinder.domain.Therapist;
import nl.verbinder.i18n.Messages;
import picocli.CommandLine.Command;

/** {@code therapist list}: the therapists, active ones first. */
@Command(name = "list", mixinStandardHelpOptions = true)
final class ListTherapistsCommand extends ContextCommand {

    ListTherapistsCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Messages m = context.messages();
        List<Therapist> therapists = context.services().therapists().list();
        TextTable table = new TextTable(List.of("#", m.get("field.name"), m.get("field.role"), m.get("field.active")),
                7, 40, 20, 8);
        for (Therapist t : therapists) {
            table.add(List.of(String.valueOf(t.id()), t.name(), m.get(t.role().labelKey()),
                    m.get(t.active() ? "cli.yes" : "cli.no")));
        }
        table.print(context.out());
        context.out().println(m.count("cli.therapist.count", therapists.size()));
        return ExitCodes.DONE;
    }
}
