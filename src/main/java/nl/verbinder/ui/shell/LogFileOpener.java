package nl.verbinder.ui.shell;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import nl.verbinder.ui.area.UiContext;

/**
 * Help › Logbestand openen: opens the log file in the system's text viewer, off the FX thread.
 * Where there is no log yet, or no program to open it with, the user reads where it is (the
 * path is also put on the clipboard, for an e-mail to the helpdesk).
 */
public final class LogFileOpener {

    /** Where the log lives inside the data folder (written by the app's logging set-up). */
    public static final Path IN_DATA_FOLDER = Path.of("logs", "verbinder-0.log");

    private static final System.Logger LOG = System.getLogger(LogFileOpener.class.getName());

    private final UiContext context;
    private final Path logFile;
    private final Predicate<Path> desktop;

    public LogFileOpener(UiContext context, Path logFile) {
        this(context, logFile, LogFileOpener::openWithDesktop);
    }

    LogFileOpener(UiContext context, Path logFile, Predicate<Path> desktop) {
        this.context = context;
        this.logFile = logFile;
        this.desktop = desktop;
    }

    public void open() {
        String title = context.text("ui.logfile.title");
        context.tasks().run(() -> Files.isRegularFile(logFile) ? desktop.test(logFile) : null, opened -> {
            if (opened == null) {
                copyPath();
                context.dialogs().inform(title, context.text("ui.logfile.missing", logFile.toString()));
            } else if (!opened) {
                copyPath();
                context.dialogs().inform(title, context.text("ui.logfile.unavailable", logFile.toString()));
            }
        }, failure -> {
            LOG.log(System.Logger.Level.WARNING, "The log file was not opened", failure);
            copyPath();
            context.dialogs().inform(title, context.text("ui.logfile.unavailable", logFile.toString()));
        });
    }

    /** True when the desktop was asked to open the file. */
    private static boolean openWithDesktop(Path file) {
        if (GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()
                || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            return false;
        }
        try {
            Desktop.getDesktop().open(file.toFile());
            return true;
        } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
            LOG.log(System.Logger.Level.INFO, "The desktop did not open the log file; the user is told where it is", e);
            return false;
        }
    }

    private void copyPath() {
        try {
            ClipboardContent content = new ClipboardContent();
            content.putString(logFile.toString());
            Clipboard.getSystemClipboard().setContent(content);
        } catch (RuntimeException e) {
            // No clipboard: the message shows the path anyway.
            LOG.log(System.Logger.Level.INFO, "The log file's path was not put on the clipboard", e);
        }
    }
}
