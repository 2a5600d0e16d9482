package nl.verbinder.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.ServerLogin;
import nl.verbinder.service.Services;
import nl.verbinder.service.ServicesFactory;
import nl.verbinder.ui.fx.TaskRunner;

/**
 * The database the window works on, and the one place that opens, switches and closes it:
 * another file, the user's own, or the demo practice (in its own file, filled the first time).
 * Opening runs in the background; the window hears of the switch and builds itself anew.
 */
public final class DatabaseSession {

    /** The demo practice lives in its own file next to the default database. */
    public static final String DEMO_FILE = "verbinder-demo.db";

    private static final System.Logger LOG = System.getLogger(DatabaseSession.class.getName());

    private final ServicesFactory factory;
    private final TaskRunner tasks;
    private final WindowState state;
    private Services services;
    private Consumer<Services> switched = opened -> { };

    public DatabaseSession(ServicesFactory factory, Services services, TaskRunner tasks, WindowState state) {
        this.factory = factory;
        this.services = services;
        this.tasks = tasks;
        this.state = state;
    }

    /** Told of every switch, after the session holds the new database. */
    public void onSwitched(Consumer<Services> listener) {
        this.switched = listener;
    }

    /** The services over the database that is open now. */
    public Services services() {
        return services;
    }

    /** The per-user data folder: settings, the log, the instance locks. */
    public Path dataFolder() {
        return factory.dataFolder();
    }

    public Path location() {
        return services.location();
    }

    /** The practice server's host when the data lives on one; empty for a file on this computer. */
    public Optional<String> serverHost() {
        return services.live().serverHost();
    }

    /** The window's title: Verbinder with the practice server, or the database file's name. */
    public String title(Messages messages) {
        return messages.get("ui.window.title", serverHost().map(host -> messages.get("ui.where.server", host))
                .orElse(String.valueOf(location().getFileName())));
    }

    /**
     * Tries a practice server without changing anything, in the background; tells the schema
     * version found (0: an empty database, set up on opening) or the reason it cannot be used.
     */
    public void testServer(ServerLogin login, Consumer<Integer> done, Consumer<RuntimeException> failed) {
        tasks.run(() -> factory.testServer(login), done, failed);
    }

    /** Opens a practice server in the background and switches to it (as {@link #open} does for a file). */
    public void openServer(ServerLogin login, Runnable done, Consumer<RuntimeException> failed) {
        tasks.run(() -> factory.openServer(login), opened -> {
            switchTo(opened);
            done.run();
        }, failed);
    }

    /** Opens this file (creating or updating it as needed) and switches to it. */
    public void open(Path file, Consumer<RuntimeException> failed) {
        tasks.run(() -> factory.open(file), this::switchTo, failed);
    }

    /** Opens the demo practice, filling it the first time. */
    public void openDemo(Consumer<RuntimeException> failed) {
        Path file = demoFile();
        tasks.run(() -> {
            Services demo = factory.open(file);
            try {
                if (demo.demo().isEmpty()) {
                    demo.demo().fill();
                }
            } catch (RuntimeException e) {
                demo.close();
                throw e;
            }
            return demo;
        }, this::switchTo, failed);
    }

    public boolean isDemo() {
        return services.location().toAbsolutePath().equals(demoFile().toAbsolutePath());
    }

    /** The folder new databases are offered in. */
    public Path defaultFolder() {
        return factory.defaultLocation().getParent();
    }

    /** Where the user's own database lives by default. */
    public Path ownLocation() {
        return factory.defaultLocation();
    }

    private Path demoFile() {
        return factory.defaultLocation().resolveSibling(DEMO_FILE);
    }

    private void switchTo(Services opened) {
        Services old = services;
        services = opened;
        state.settings().lastDatabase(opened.location());
        state.save();
        switched.accept(opened);
        if (old != opened) {
            tasks.run(() -> {
                old.close();
                return null;
            }, done -> { }, failure -> LOG.log(System.Logger.Level.WARNING, "Database not closed", failure));
        }
    }
}
