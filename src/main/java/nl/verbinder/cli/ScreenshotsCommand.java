package nl.verbinder.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.service.Services;
import nl.verbinder.service.transfer.SafeOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code screenshots --out DIR}: renders each area of the window with the database's data to
 * a PNG of 1280×800, headless, for the documentation and for reviewing the look.
 */
@Command(name = "screenshots", hidden = true, mixinStandardHelpOptions = true)
final class ScreenshotsCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "screenshots.option.out")
    Path folder;

    @Option(names = "--theme", paramLabel = "light|dark", defaultValue = "light", descriptionKey = "screenshots.option.theme")
    String theme;

    ScreenshotsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        boolean dark = switch (theme.toLowerCase(java.util.Locale.ROOT)) {
            case "dark", "donker" -> true;
            case "light", "licht" -> false;
            default -> throw UsageException.of("theme", "ui.screenshots.theme", theme);
        };
        Services services = context.services();
        // Owner-only (the pictures show the practice's partners), never the database itself.
        SafeOutput.ownFolder(folder, services.location(), ".png");
        if (services.demo().isEmpty()) {
            context.err().println(context.messages().get("ui.screenshots.empty", context.databasePath().toString()));
        }
        List<Path> files = context.screenshots().render(services, context.messages(), folder, dark);
        for (Path file : files) {
            context.out().println(file);
        }
        return ExitCodes.DONE;
    }
}
