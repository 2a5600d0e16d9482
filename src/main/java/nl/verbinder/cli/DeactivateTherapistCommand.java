package nl.verbinder.cli;

import nl.verbinder.domain.Therapist;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code therapist deactivate NAME_OR_ID}: a therapist who left. They stay on the moments and
 * partners they had, but are no longer offered for new ones.
 */
@Command(name = "deactivate", mixinStandardHelpOptions = true)
final class DeactivateTherapistCommand extends ContextCommand {

    @Parameters(paramLabel = "NAME_OR_ID", descriptionKey = "therapist-deactivate.who")
    String who;

    DeactivateTherapistCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Therapist therapist = context.services().therapists().resolve(who, "therapist");
        if (!therapist.active()) {
            context.out().println(context.messages().get("cli.therapist.already-inactive", therapist.name()));
            return ExitCodes.DONE;
        }
        context.services().therapists().update(therapist.withActive(false));
        context.out().println(context.messages().get("cli.therapist.deactivated", therapist.name()));
        return ExitCodes.DONE;
    }
}
