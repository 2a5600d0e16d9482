package nl.verbinder.cli;

import nl.verbinder.domain.Therapist;
import nl.verbinder.domain.TherapistRole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code therapist add}: add a therapist, so partners and imports can name them as owner; prints the new id. */
@Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false)
final class AddTherapistCommand extends ContextCommand {

    @Option(names = "--name", required = true, paramLabel = "NAME", descriptionKey = "therapist-add.name")
    String name;

    @Option(names = "--role", paramLabel = "ROLE", descriptionKey = "therapist-add.role")
    String role;

    @Option(names = "--competences", paramLabel = "TEXT", descriptionKey = "therapist-add.competences")
    String competences;

    AddTherapistCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        TherapistRole chosen = role == null ? TherapistRole.THERAPIST : Inputs.code(TherapistRole.class, "role", role);
        Therapist added = context.services().therapists().add(Therapist.newTherapist(name, chosen, competences));
        context.out().println(added.id());
        return ExitCodes.DONE;
    }
}
