package nl.verbinder.ui;

import nl.verbinder.app.SqliteWiring;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.stage.Stage;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.Services;
import nl.verbinder.service.ServicesFactory;
import nl.verbinder.store.sqlite.SqliteStore;
import nl.verbinder.testutil.TestDatabase;
import nl.verbinder.ui.area.UiSettings;
import nl.verbinder.ui.fx.SameThreadTaskRunner;
import nl.verbinder.ui.fx.TaskRunner;
import nl.verbinder.ui.shell.WindowSetup;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window on a real database file in a temp folder, for TestFX tests. Work runs
 * on the spot ({@link SameThreadTaskRunner}) and typing pauses are zero, so every robot step
 * has finished when it returns; the settings file lives in the temp folder too. Every window
 * is laid out right after each input ({@link LayoutAfterInput}), so a step also returns with
 * what it changed laid out, however late the machine's next pulse comes.
 */
public final class WindowFixture implements AutoCloseable {

    private final Path folder;
    private final TestDatabase database;
    private final UiSettings settings;
    private final MainWindow window;
    private LayoutAfterInput layout;

    private WindowFixture(Stage stage, Path folder, Messages messages, TaskRunner tasks, boolean welcomed) {
        this.folder = folder;
        this.database = TestDatabase.in(folder);
        this.settings = UiSettings.load(folder.resolve(UiSettings.FILE_NAME));
        if (welcomed) {
            settings.welcomed(true);
            settings.meAsked(true); // "who are you?" is asked once; tests of other things are past it
        }
        this.window = new MainWindow(stage, database.services(), messages,
                new WindowSetup(factory(folder, TestDatabase.fixedClock(TestDatabase.TODAY)), settings, tasks,
                        Duration.ZERO));
    }

    /** A window in Dutch over an empty database that has seen its first start already. */
    public static WindowFixture in(Path folder, Stage stage) {
        return new WindowFixture(stage, folder, Messages.dutch(), new SameThreadTaskRunner(), true);
    }

    /** A window that has never started before on this computer. */
    public static WindowFixture firstStart(Path folder, Stage stage) {
        return new WindowFixture(stage, folder, Messages.dutch(), new SameThreadTaskRunner(), false);
    }

    /** A window whose work runs in the background, as in the app. */
    public static WindowFixture withBackgroundWork(Path folder, Stage stage, TaskRunner tasks) {
        return new WindowFixture(stage, folder, Messages.dutch(), tasks, true);
    }

    /** Shows the window; call from TestFX's {@code @Start}. */
    public WindowFixture show() {
        layout = LayoutAfterInput.start();
        window.show();
        return this;
    }

    public MainWindow window() {
        return window;
    }

    /** The services of the database the window has open now. */
    public Services services() {
        return window.services();
    }

    /** The services of the database the fixture made (also after the window switched files). */
    public Services original() {
        return database.services();
    }

    public UiSettings settings() {
        return settings;
    }

    public Path folder() {
        return folder;
    }

    public Path settingsFile() {
        return folder.resolve(UiSettings.FILE_NAME);
    }

    @Override
    public void close() {
        if (layout != null) {
            LayoutAfterInput started = layout;
            layout = null;
            onFx(started::stop);
        }
        if (window.services() != database.services()) {
            window.services().close();
        }
        database.close();
    }

    private static void onFx(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
            return;
        }
        try {
            WaitForAsyncUtils.asyncFx(action).get(FxWait.TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the layout watch", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not stop the layout watch", e);
        }
    }

    /** Opens SQLite files with this clock; a new database goes in {@code folder}. */
    public static ServicesFactory factory(Path folder, Clock clock) {
        return new ServicesFactory() {
            @Override
            public Services open(Path location) {
                return SqliteWiring.services(SqliteStore.open(location, clock), clock);
            }

            @Override
            public Path defaultLocation() {
                return folder.resolve("verbinder.db");
            }
        };
    }
}
