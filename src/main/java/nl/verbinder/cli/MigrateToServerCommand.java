package nl.verbinder.cli;

import java.nio.file.Path;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.service.ServerMigration;
import nl.verbinder.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code migrate-to-server --url postgresql://...}: copies the database file ({@code --db}) into
 * an empty database on the practice server, checks row counts and checksums per table, and leaves
 * the file as it was.
 */
@Command(name = "migrate-to-server", mixinStandardHelpOptions = true)
final class MigrateToServerCommand extends ContextCommand {

    @Option(names = "--url", required = true, paramLabel = "URL", descriptionKey = "migrate-to-server.url")
    String url;

    MigrateToServerCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        Path server = Path.of(url);
        if (!context.factory().isServer(server)) {
            throw new VerbinderException("server.migrate.not-a-server", url);
        }
        Services file = context.services();
        try (Services target = context.factory().open(server)) {
            ServerMigration.Result result = ServerMigration.copy(file.store(), target.store());
            context.out().println(context.messages().get("cli.migrate-to-server.done", file.location().toString(),
                    url.replaceAll("(?i)password=[^&]*", "password=***"), result.rows().size(), result.totalRows()));
        }
        return ExitCodes.DONE;
    }
}
