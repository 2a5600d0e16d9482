package nl.verbinder.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.Services;
import nl.verbinder.service.ServicesFactory;
import nl.verbinder.ui.MainWindow;
import nl.verbinder.ui.area.Area;
import nl.verbinder.ui.area.UiSettings;
import nl.verbinder.ui.fx.FxTaskRunner;

/**
 * Measures app start to first frame: from the start of this JVM to the first pulse in which
 * the main window's scene is laid out (the frame is drawn in that same pulse). Opens the
 * window with {@link JavaFxLauncher#openWindow}, the launcher's own way, so a change to the
 * window's start-up is measured too; the benchmark runs it in fresh JVMs (see
 * docs/performance.md). Without a display run it headless ({@code -Dglass.platform=Headless
 * -Dprism.order=sw}), as the benchmark does.
 *
 * <p>With {@code -Dverbinder.training=true} it then opens every area once before it closes:
 * packaging/build runs it so through the installed launcher to train the AOT cache on what a
 * user opens first.
 */
final class FirstFrameProbe {

    private static final long TIMEOUT_SECONDS = 60;
    static final String TRAINING = "verbinder.training";

    private final ServicesFactory factory;
    private final JavaFxLauncher launcher;

    FirstFrameProbe(ServicesFactory factory, JavaFxLauncher launcher) {
        this.factory = factory;
        this.launcher = launcher;
    }

    Optional<Duration> measure(Path database, String language) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        StartupTimes.mark("command line read");
        Messages messages = Messages.forLanguage(language);
        ToolkitStart toolkit = launcher.toolkitStart(); // as the app starts: toolkit and database at once
        UiSettings settings = UiSettings.inMemory();
        toolkit.prepare(settings.theme()::apply);
        Services services;
        try {
            services = factory.open(database != null ? database : factory.defaultLocation());
            StartupTimes.mark("database open");
        } catch (RuntimeException e) {
            toolkit.exitIfStarted();
            throw e;
        }
        AtomicLong frameAt = new AtomicLong();
        AtomicReference<Stage> shown = new AtomicReference<>();
        AtomicReference<MainWindow> window = new AtomicReference<>();
        CountDownLatch framed = new CountDownLatch(1);
        FxTaskRunner tasks = new FxTaskRunner();
        boolean started = false;
        try {
            toolkit.then(() -> {
                StartupTimes.mark("toolkit up");
                Stage stage = new Stage();
                shown.set(stage);
                // As the app opens it, with settings kept in memory so the user's are not touched.
                window.set(launcher.openWindow(stage, services, messages, settings, tasks));
                StartupTimes.mark("window built");
                Scene scene = stage.getScene();
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    if (frameAt.compareAndSet(0, System.currentTimeMillis())) {
                        StartupTimes.mark("first frame");
                    }
                    framed.countDown();
                };
                scene.addPostLayoutPulseListener(once[0]);
            });
            started = true;
            if (!framed.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                return Optional.empty();
            }
            Duration frame = Duration.ofMillis(frameAt.get() - jvmStart);
            if (Boolean.getBoolean(TRAINING)) {
                visitEveryArea(window.get(), shown.get());
            }
            return Optional.of(frame);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (UnsupportedOperationException | IllegalStateException e) {
            return Optional.empty();
        } finally {
            // Without a toolkit (no display, not headless) there is nothing to close, and
            // Platform.runLater would wait for a start that never comes.
            if (started) {
                close(shown.get());
                Platform.exit();
            }
            tasks.shutdown();
            services.close();
        }
    }

    /** Shows each area in turn and waits for a laid-out pulse of each (training only). */
    private static void visitEveryArea(MainWindow main, Stage stage) throws InterruptedException {
        for (Area area : Area.values()) {
            CountDownLatch laidOut = new CountDownLatch(2);
            Platform.runLater(() -> {
                main.navigator().show(area);
                Scene scene = stage.getScene();
                Runnable pulse = laidOut::countDown;
                scene.addPostLayoutPulseListener(pulse);
                scene.getRoot().requestLayout();
            });
            laidOut.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
    }

    private static void close(Stage stage) {
        CountDownLatch closed = new CountDownLatch(1);
        Platform.runLater(() -> {
            if (stage != null) {
                stage.close();
            }
            closed.countDown();
        });
        try {
            closed.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
