package nl.verbinder.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.Services;
import nl.verbinder.service.ServicesFactory;

/**
 * What every command needs: the user's language, where to print, and the services over the
 * chosen database, opened on first use (so {@code --help} opens nothing).
 */
public final class CliContext implements AutoCloseable {

    private final Messages messages;
    private final PrintWriter out;
    private final PrintWriter err;
    private final PrintWriter usageOut;
    private final PrintWriter usageErr;
    private final ServicesFactory factory;
    private final DesktopLauncher desktop;
    private final ScreenshotRenderer screenshots;
    private final Clock clock;
    private Path database;
    private BufferedReader input;
    private Services services;

    public CliContext(Messages messages, PrintWriter out, PrintWriter err, ServicesFactory factory,
                      DesktopLauncher desktop, Clock clock) {
        this(messages, out, err, factory, desktop, (services, texts, folder, dark) -> {
            throw new nl.verbinder.domain.VerbinderException("ui.screenshots.unavailable");
        }, clock);
    }

    public CliContext(Messages messages, PrintWriter out, PrintWriter err, ServicesFactory factory,
                      DesktopLauncher desktop, ScreenshotRenderer screenshots, Clock clock) {
        this.messages = messages;
        this.out = TerminalText.safe(out);
        this.err = TerminalText.safe(err);
        this.usageOut = out;
        this.usageErr = err;
        this.factory = factory;
        this.desktop = desktop;
        this.screenshots = screenshots;
        this.clock = clock;
    }

    /** Answers to questions come from this reader rather than the terminal (tests, scripted runs). */
    public CliContext withInput(BufferedReader answers) {
        this.input = answers;
        return this;
    }

    /**
     * Where the user answers a question: the reader given with {@link #withInput}, else the
     * terminal's input when there is a terminal; empty in a run without one (a script, a pipe).
     */
    Optional<BufferedReader> answers() {
        if (input == null && System.console() != null) {
            input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        return Optional.ofNullable(input);
    }

    public Messages messages() {
        return messages;
    }

    /** Where commands print; text that could steer the terminal is escaped ({@link TerminalText}). */
    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    /** Where picocli prints help and usage, unfiltered: it may colour them with escape sequences of its own. */
    PrintWriter usageOut() {
        return usageOut;
    }

    PrintWriter usageErr() {
        return usageErr;
    }

    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public DesktopLauncher desktop() {
        return desktop;
    }

    public ScreenshotRenderer screenshots() {
        return screenshots;
    }

    /** The database the user chose with {@code --db}, or the default location. */
    public Path databasePath() {
        return database != null ? database : factory.defaultLocation();
    }

    /** Whether the user chose the database explicitly. */
    public boolean databaseChosen() {
        return database != null;
    }

    void chooseDatabase(Path file) {
        this.database = file.toAbsolutePath();
    }

    /** The services over the chosen database, opening (and creating or migrating) it on first use. */
    public Services services() {
        if (services == null) {
            services = factory.open(databasePath());
        }
        return services;
    }

    public ServicesFactory factory() {
        return factory;
    }

    @Override
    public void close() {
        if (services != null) {
            services.close();
            services = null;
        }
    }
}
