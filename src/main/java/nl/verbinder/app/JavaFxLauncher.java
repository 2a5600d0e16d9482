package nl.verbinder.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import nl.verbinder.cli.DesktopLauncher;
import nl.verbinder.cli.ExitCodes;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.ErrorText;
import nl.verbinder.service.Services;
import nl.verbinder.service.ServicesFactory;
import nl.verbinder.ui.MainWindow;
import nl.verbinder.ui.area.UiSettings;
import nl.verbinder.ui.fx.FxDialogs;
import nl.verbinder.ui.fx.FxTaskRunner;
import nl.verbinder.ui.shell.WindowSetup;

/**
 * Starts the JavaFX window over the chosen database and waits until it is closed. Without
 * {@code --db} or {@code --lang} it uses what the window remembered: the last database and
 * language (in the settings file next to the default database).
 */
final class JavaFxLauncher implements DesktopLauncher {

    /** How long search-as-you-type waits for the user to stop typing. */
    static final Duration TYPING_PAUSE = Duration.ofMillis(200);

    private final ServicesFactory factory;
    /** The toolkit's start begun before the command line was read, if it was (see {@link Main}). */
    private ToolkitStart early;

    JavaFxLauncher(ServicesFactory factory) {
        this(factory, null);
    }

    JavaFxLauncher(ServicesFactory factory, ToolkitStart early) {
        this.factory = factory;
        this.early = early;
    }

    /** The toolkit's start: the one begun early, or one begun now. */
    ToolkitStart toolkitStart() {
        ToolkitStart start = early != null ? early : ToolkitStart.begin();
        early = null;
        return start;
    }

    /** The window's settings file: next to the default database. */
    static Path settingsFile(ServicesFactory factory) {
        return factory.defaultLocation().resolveSibling(UiSettings.FILE_NAME);
    }

    @Override
    public int launch(Path database, String language) {
        UiSettings settings = UiSettings.load(settingsFile(factory));
        String chosenLanguage = language != null ? language : settings.language().orElse("nl");
        Messages messages = Messages.forLanguage(chosenLanguage);
        // The last database, unless its file has moved away since.
        Path file = database != null ? database
                : settings.lastDatabase().filter(last -> factory.isServer(last) || Files.isRegularFile(last))
                        .orElse(factory.defaultLocation());
        try (SingleInstance instance = SingleInstance.claim(factory.dataFolder(), file, SingleInstance.ANSWER_TIMEOUT)) {
            return switch (instance.outcome()) {
                case FIRST -> runWindow(file, database == null, messages, settings, instance);
                case SHOWN_ELSEWHERE -> {
                    if (early != null) {
                        early.exitIfStarted();
                    }
                    System.out.println(messages.get("ui.instance.shown", file.toAbsolutePath()));
                    yield ExitCodes.DONE;
                }
                case OPEN_ELSEWHERE -> {
                    tellOpenElsewhere(messages, file);
                    yield ExitCodes.REFUSED;
                }
            };
        }
    }

    private int runWindow(Path file, boolean remembered, Messages messages, UiSettings settings, SingleInstance instance) {
        // The toolkit starts while the database opens (migrations, checks): neither waits for the other.
        ToolkitStart toolkit = toolkitStart();
        // The theme's stylesheet (AtlantaFX's, parsed on first use) is read while the database opens.
        toolkit.prepare(settings.theme()::apply);
        Services opening;
        String serverProblem = null;
        try {
            opening = factory.open(file);
        } catch (VerbinderException e) {
            if (!remembered || !factory.isServer(file)) {
                System.err.println(ErrorText.describe(messages, e));
                toolkit.exitIfStarted();
                return ExitCodes.REFUSED;
            }
            // The practice server of last time wants its password (none kept) or cannot be reached:
            // the window opens on the local file and asks, with the reason.
            serverProblem = messages.get("ui.server.ask") + "\n\n" + ErrorText.describe(messages, e);
            try {
                opening = factory.open(factory.defaultLocation());
            } catch (VerbinderException again) {
                System.err.println(ErrorText.describe(messages, again));
                toolkit.exitIfStarted();
                return ExitCodes.REFUSED;
            }
        }
        String askServer = serverProblem;
        Services services = opening;
        FxTaskRunner tasks = new FxTaskRunner();
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<MainWindow> window = new AtomicReference<>();
        boolean started = false;
        try {
            toolkit.then(() -> {
                try {
                    Stage stage = new Stage();
                    stage.setOnHidden(e -> closed.countDown());
                    window.set(openWindow(stage, services, messages, settings, tasks));
                    if (askServer != null) {
                        MainWindow shown = window.get();
                        Platform.runLater(() -> shown.connectServer(file.toString(), askServer));
                    }
                    AtomicBoolean told = new AtomicBoolean();
                    Consumer<String> tell = found -> {
                        if (told.compareAndSet(false, true)) { // at start, or later from the background check
                            Platform.runLater(() -> new FxDialogs(stage, messages).inform(
                                    messages.get("ui.database.damaged.title"),
                                    messages.get("error.damaged-read-only", services.location().toString(), found)));
                        }
                    };
                    services.store().whenDamageFound(tell);
                    services.store().damage().ifPresent(tell);
                    instance.onShowRequest(() -> Platform.runLater(() -> toFront(stage)));
                } catch (RuntimeException e) {
                    AppLog.unexpected("The window could not start", e);
                    failure.set(e);
                    closed.countDown();
                }
            });
            started = true;
            closed.await();
        } catch (UnsupportedOperationException | IllegalStateException e) {
            // No display: the toolkit never started, so there is nothing to wait for or to exit.
            System.err.println(messages.get("ui.error.no-display"));
            services.close();
            return ExitCodes.REFUSED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            tasks.shutdown();
            if (started) {
                Platform.exit();
            }
        }
        Services last = window.get() != null ? window.get().services() : services;
        last.close();
        if (last != services) {
            services.close();
        }
        if (failure.get() != null) {
            System.err.println(messages.get("ui.error.start", String.valueOf(failure.get().getMessage())));
            return ExitCodes.REFUSED;
        }
        return ExitCodes.DONE;
    }

    /** A second start on the same file asked for this window. */
    private static void toFront(Stage stage) {
        if (stage.isIconified()) {
            stage.setIconified(false);
        }
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    /**
     * Another program has the file and did not answer: say so on the console and, where there
     * is a display, in a window (a start from the menu has no console).
     */
    private void tellOpenElsewhere(Messages messages, Path file) {
        String text = messages.get("ui.instance.elsewhere", file.toAbsolutePath());
        System.err.println(text);
        CountDownLatch read = new CountDownLatch(1);
        try {
            toolkitStart().then(() -> {
                Alert alert = new Alert(Alert.AlertType.WARNING, text,
                        new ButtonType(messages.get("ui.action.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
                alert.setTitle(messages.get("ui.instance.title"));
                alert.setHeaderText(null);
                alert.setOnHidden(e -> read.countDown());
                alert.show();
            });
            read.await();
        } catch (UnsupportedOperationException | IllegalStateException e) {
            // No display: the console message is all there is.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            Platform.exit();
        }
    }

    /**
     * Opens the main window on the FX thread. The one way the app opens it, so the first-frame
     * probe measures what a user gets: the first area's data and the attention count are
     * loaded once the first frame is drawn.
     */
    MainWindow openWindow(Stage stage, Services services, Messages messages, UiSettings settings,
                          FxTaskRunner tasks) {
        MainWindow main = new MainWindow(stage, services, messages,
                new WindowSetup(factory, settings, tasks, TYPING_PAUSE, true));
        main.show();
        return main;
    }

    @Override
    public Optional<Duration> firstFrame(Path database, String language) {
        return new FirstFrameProbe(factory, this).measure(database, language);
    }
}
