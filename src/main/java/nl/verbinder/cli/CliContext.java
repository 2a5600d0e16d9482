package nl.verbinder.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.nio.file.Path;
import java.util.List;
import nl.verbinder.domain.VerbinderException;
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
    private String invokedAs = "./verbinder";
    private BufferedReader input;
    private Services services;
    private boolean mayCreate;
    private Path created;
    private String actor;

    public CliContext(Messages messages, PrintWriter out, PrintWriter err, ServicesFactory factory,
                      DesktopLauncher desktop, Clock clock) {
        this(messages, out, err, factory, desktop, (services, texts, folder, dark, width, height) -> {
            throw new VerbinderException("ui.screenshots.unavailable");
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

    /**
     * The day a {@code --today} option names, so that a command's rules give the same answer
     * as on that day (unreadable: wrong usage); today by the clock when it names none.
     */
    LocalDate today(String given) {
        return given == null ? today() : Inputs.date("today", given);
    }

    /**
     * The id of the therapist an option names by name or number (refused on that option's
     * {@code field} when there is none), or {@code null} when the option was not given.
     */
    Long therapistId(String nameOrId, String field) {
        return nameOrId == null ? null : services().therapists().resolve(nameOrId, field).id();
    }

    public DesktopLauncher desktop() {
        return desktop;
    }

    public ScreenshotRenderer screenshots() {
        return screenshots;
    }

    /** The private agenda address of this user, in the per-user data folder (never in the database). */
    public nl.verbinder.service.calendar.CalendarAddress calendarAddress() {
        return new nl.verbinder.service.calendar.CalendarAddress(
                factory.dataFolder().resolve(nl.verbinder.service.calendar.CalendarAddress.FILE_NAME));
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
        this.database = factory.isServer(file) ? file : file.toAbsolutePath();
    }

    /**
     * The services over the chosen database, opening (and migrating) it on first use. A
     * database chosen with {@code --db} that does not exist is made only by the commands that
     * make one ({@code init}, and those that fill a new file); any other command is refused,
     * so a mistyped path does not become a new empty database.
     */
    public Services services() {
        if (services == null) {
            Path path = databasePath();
            if (factory.isServer(path)) {
                services = factory.open(path, true);
                return services;
            }
            if (Files.isDirectory(path)) {
                throw new VerbinderException("cli.database.is-folder", path.toString());
            }
            boolean exists = Files.exists(path);
            if (exists && (!Files.isReadable(path) || !Files.isWritable(path))) {
                throw new VerbinderException("cli.database.no-access", path.toString());
            }
            Path firstNew = exists ? null : firstMissing(path);
            services = factory.open(path, exists || database == null || mayCreate);
            created = firstNew;
            if (actor != null) {
                services.history().actAs(services.therapists().resolve(actor, "as").id());
            }
            // Said once, before the command's own output: the file is read-only and how to save what is left.
            services.damage().ifPresent(found -> {
                // One line: what quick_check found can be many; its first says enough here.
                List<String> lines = found.lines().toList();
                String first = lines.isEmpty() ? "" : lines.getFirst().strip() + (lines.size() > 1 ? " …" : "");
                err.println(messages.get("cli.database.damaged", services.location().toString(), first));
                err.flush();
            });
        }
        return services;
    }

    /** The therapist (name or id) whose changes this run makes, for the history ({@code --as}). */
    void actAs(String nameOrId) {
        this.actor = nameOrId;
    }

    /** Lets the command that runs make the database when it does not exist yet. */
    void allowCreatingDatabase(boolean allowed) {
        this.mayCreate = allowed;
    }

    /**
     * After a refusal: removes the database (and the folders) this run made, so a refused
     * command leaves nothing behind.
     */
    void discardCreated() {
        if (created == null) {
            return;
        }
        close();
        Path file = databasePath();
        try {
            for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            }
            for (Path folder = file.getParent(); folder != null && folder.startsWith(created);
                    folder = folder.getParent()) {
                try (var entries = Files.list(folder)) {
                    if (entries.findAny().isPresent()) {
                        break;
                    }
                }
                Files.delete(folder);
            }
        } catch (IOException e) {
            // Best effort: the refusal itself was already reported.
        }
        created = null;
    }

    /** The outermost part of this path that does not exist yet (the file itself, or a folder above it). */
    private static Path firstMissing(Path path) {
        Path missing = path;
        for (Path p = path.getParent(); p != null && !Files.exists(p); p = p.getParent()) {
            missing = p;
        }
        return missing;
    }

    /** How the user started Verbinder ({@code ./verbinder}, {@code java -jar ...}), for hints that name a command. */
    public String invokedAs() {
        return invokedAs;
    }

    void invokedAs(String command) {
        this.invokedAs = command;
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
