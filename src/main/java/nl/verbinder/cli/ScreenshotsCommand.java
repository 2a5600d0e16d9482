package nl.verbinder.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.service.Services;
import nl.verbinder.service.transfer.SafeOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code screenshots --out DIR [--size WxH|all]}: renders each area of the window with the
 * database's data to a PNG (1280×800 by default; {@code all} gives 1024×640, 1280×800 and
 * 1920×1080, each in its own folder), headless, for the documentation and for reviewing the look.
 */
@Command(name = "screenshots", hidden = true, mixinStandardHelpOptions = true)
final class ScreenshotsCommand extends ContextCommand {

    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "screenshots.option.out")
    Path folder;

    @Option(names = "--theme", paramLabel = "light|dark", defaultValue = "light", descriptionKey = "screenshots.option.theme")
    String theme;

    @Option(names = "--size", paramLabel = "WxH|all", split = ",", descriptionKey = "screenshots.option.size")
    List<String> sizes = List.of();

    ScreenshotsCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        boolean dark = switch (theme.toLowerCase(Locale.ROOT)) {
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
        List<int[]> chosen = sizes();
        for (int[] size : chosen) {
            // One size goes straight into the folder; several each into their own, named 1024x640 and so on.
            Path into = chosen.size() == 1 ? folder : folder.resolve(size[0] + "x" + size[1]);
            if (chosen.size() > 1) {
                SafeOutput.ownFolder(into, services.location(), ".png");
            }
            List<Path> files = context.screenshots().render(services, context.messages(), into, dark, size[0], size[1]);
            for (Path file : files) {
                context.out().println(file);
            }
        }
        return ExitCodes.DONE;
    }

    /** The sizes asked for: 1280×800 by default, {@code all} for the three the layout is checked at. */
    private List<int[]> sizes() {
        if (sizes.isEmpty()) {
            return List.of(new int[] {1280, 800});
        }
        List<int[]> chosen = new ArrayList<>();
        for (String size : sizes) {
            String text = size.trim().toLowerCase(Locale.ROOT);
            if (text.equals("all") || text.equals("alle")) {
                chosen.addAll(List.of(new int[] {1024, 640}, new int[] {1280, 800}, new int[] {1920, 1080}));
                continue;
            }
            Matcher m = Pattern.compile("(\\d{3,4})[x×](\\d{3,4})").matcher(text);
            if (!m.matches()) {
                throw UsageException.of("size", "ui.screenshots.size", size);
            }
            int width = Integer.parseInt(m.group(1));
            int height = Integer.parseInt(m.group(2));
            if (width < 640 || height < 480 || width > 3840 || height > 2160) {
                throw UsageException.of("size", "ui.screenshots.size", size);
            }
            chosen.add(new int[] {width, height});
        }
        return chosen;
    }
}
