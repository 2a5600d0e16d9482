package nl.verbinder.cli;

import nl.verbinder.service.demo.DemoService.DemoSummary;
import picocli.CommandLine.Command;

/** {@code demo}: fill an empty database with the demo practice. */
@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand extends ContextCommand {

    DemoCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        DemoSummary summary = context.services().demo().fill();
        context.out().println(context.messages().get("cli.demo.done", context.databasePath().toString(),
                summary.partners(), summary.contactPersons(), summary.moments(), summary.goals(), summary.notes(),
                summary.therapists()));
        return ExitCodes.DONE;
    }
}
