package nl.verbinder.cli;

import nl.verbinder.service.Services;
import picocli.CommandLine.Command;

/** {@code init}: create or migrate the database; print its path and schema version. */
@Command(name = "init", mixinStandardHelpOptions = true)
final class InitCommand extends ContextCommand {

    InitCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Services services = context.services();
        context.out().println(context.messages().get("cli.init.done", services.location().toString(),
                services.schemaVersion()));
        return ExitCodes.DONE;
    }
}
