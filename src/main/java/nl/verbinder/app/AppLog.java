package nl.verbinder.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Where the app and its libraries write what goes wrong: a log file in the data folder, never
 * the terminal. A user cannot act on a library's warning or a stack trace; they get a message
 * in their language, and the log keeps the details for whoever helps them. The log holds
 * failures and their stack traces, no data from the database.
 *
 * <p>Also gives SQLite's native library a place of its own: sqlite-jdbc unpacks it into the
 * system's temp folder and removes older copies there, and processes starting at once trip
 * over each other's copies (and said so on the terminal).
 */
final class AppLog {

    /** The log files: at most this many, of at most {@link #LIMIT_BYTES} each, in {@code logs/} of the data folder. */
    static final int FILES = 3;
    static final int LIMIT_BYTES = 1024 * 1024;
    static final String FILE_PATTERN = "verbinder-%g.log";

    /** Held so java.util.logging, which keeps loggers weakly, does not forget their settings. */
    private static final Logger ROOT = Logger.getLogger("");
    private static final Logger APP = Logger.getLogger("nl.verbinder");
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private AppLog() {
    }

    /**
     * Sends all logging to the log file in the data folder and sets the native library's
     * folder. Call first thing, before anything loads the SQLite driver.
     */
    static void setUp(Path dataFolder) {
        if (System.getProperty("org.sqlite.tmpdir") == null) {
            try {
                System.setProperty("org.sqlite.tmpdir",
                        DataLocation.ownerOnlyFolder(dataFolder.resolve("native")).toString());
            } catch (IOException | RuntimeException e) {
                // The system's temp folder, as before.
            }
        }
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        }
        LogManager.getLogManager().reset(); // removes the console handler
        ROOT.setLevel(Level.INFO);
        // JavaFX warns on every start that it runs from the class path; nobody can act on that.
        JAVAFX.setLevel(Level.SEVERE);
        try {
            Path folder = DataLocation.ownerOnlyFolder(dataFolder.resolve("logs"));
            Handler file = new FileHandler(folder.resolve(FILE_PATTERN).toString(), LIMIT_BYTES, FILES, true);
            file.setFormatter(new SimpleFormatter());
            file.setLevel(Level.INFO);
            ROOT.addHandler(file);
        } catch (IOException | RuntimeException e) {
            // No log file (a read-only home): failures still reach the user as messages.
        }
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> unexpected("Uncaught in " + thread.getName(), e));
    }

    /** Writes an unexpected failure, with its stack trace, to the log. */
    static void unexpected(String what, Throwable e) {
        APP.log(Level.SEVERE, what, e);
    }
}
