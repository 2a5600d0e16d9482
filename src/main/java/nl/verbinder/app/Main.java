package nl.verbinder.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.verbinder.cli.Cli;
import nl.verbinder.cli.CliContext;
import nl.verbinder.i18n.Messages;

/**
 * Where Verbinder starts: reads the language, builds the command line over the services,
 * and runs it. Without a command the command line opens the desktop app.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        StartupTimes.mark("main");
        // Before anything loads the SQLite driver: its native library and its logging go to our folder.
        AppLog.setUp(DataLocation.dataFolder(System.getenv(), System.getProperty("os.name"),
                System.getProperty("user.home")));
        // A start that opens the window starts the toolkit now, while the command line is read.
        ToolkitStart toolkit = opensWindow(args) ? ToolkitStart.begin() : null;
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err, System.getenv(), Clock.systemDefaultZone(), toolkit));
    }

    /** Runs one command line and returns its exit code; tests call this in-process. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock) {
        return run(args, out, err, env, clock, null);
    }

    private static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock,
                           ToolkitStart toolkit) {
        Messages messages = Messages.forLanguage(Cli.language(args, env));
        ServerServicesFactory factory = new ServerServicesFactory(new SqliteServicesFactory(env, clock), env, clock);
        CliContext context = new CliContext(messages, out, err, factory, new JavaFxLauncher(factory, toolkit),
                new JavaFxScreenshots(), clock);
        return new Cli(context, env).run(args);
    }

    /**
     * Whether this command line opens the window: no command, only {@code --db}, {@code --lang}
     * and {@code --as} with their values (a start from the menu has none), or the benchmark's
     * {@code bench --first-frame}, which opens it as such a start does.
     */
    static boolean opensWindow(String[] args) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--db") || arg.equals("--lang") || arg.equals("--as")) {
                i++; // its value
            } else if (!(arg.startsWith("--db=") || arg.startsWith("--lang=") || arg.startsWith("--as="))) {
                rest.add(arg);
            }
        }
        return rest.isEmpty() || rest.equals(List.of("bench", "--first-frame"));
    }
}
