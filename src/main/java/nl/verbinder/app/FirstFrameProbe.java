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
import nl.verbinder.ui.common.FxTaskRunner;
import nl.verbinder.ui.common.UiSettings;

/**
 * Measures app start to first frame: from the start of this JVM to the first pulse in which
 * the main window's scene is laid out (the frame is drawn in that same pulse). Opens the
 * window exactly as {@link JavaFxLauncher} does, so it must follow when the window's start-up
 * changes; the benchmark runs it in a fresh JVM (see docs/performance.md).
 */
final class FirstFrameProbe {

    private static final long TIMEOUT_SECONDS = 60;

    private final ServicesFactory factory;

    FirstFrameProbe(ServicesFactory factory) {
        this.factory = factory;
    }

    Optional<Duration> measure(Path database, String language) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Messages messages = Messages.forLanguage(language);
        Services services = factory.open(database != null ? database : factory.defaultLocation());
        AtomicLong frameAt = new AtomicLong();
        AtomicReference<Stage> shown = new AtomicReference<>();
        CountDownLatch framed = new CountDownLatch(1);
        FxTaskRunner tasks = new FxTaskRunner();
        try {
            Platform.startup(() -> {
                Stage stage = new Stage();
                shown.set(stage);
                // As JavaFxLauncher opens it, with settings kept in memory so the user's are not touched.
                new MainWindow(stage, services, messages, new MainWindow.Setup(factory, UiSettings.inMemory(), tasks,
                        JavaFxLauncher.TYPING_PAUSE)).show();
                Scene scene = stage.getScene();
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    frameAt.compareAndSet(0, System.currentTimeMillis());
                    framed.countDown();
                };
                scene.addPostLayoutPulseListener(once[0]);
            });
            if (!framed.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                return Optional.empty();
            }
            return Optional.of(Duration.ofMillis(frameAt.get() - jvmStart));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (UnsupportedOperationException | IllegalStateException e) {
            return Optional.empty();
        } finally {
            CountDownLatch closed = new CountDownLatch(1);
            try {
                Platform.runLater(() -> {
                    if (shown.get() != null) {
                        shown.get().close();
                    }
                    closed.countDown();
                });
                closed.await(5, TimeUnit.SECONDS);
            } catch (IllegalStateException | InterruptedException e) {
                // The toolkit never started; nothing to close.
            }
            tasks.shutdown();
            Platform.exit();
            services.close();
        }
    }
}
