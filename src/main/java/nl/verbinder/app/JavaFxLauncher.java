package nl.verbinder.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import nl.verbinder.cli.DesktopLauncher;
import nl.verbinder.cli.ExitCodes;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.ErrorText;
import nl.verbinder.service.Services;
import nl.verbinder.service.ServicesFactory;
import nl.verbinder.ui.MainWindow;

/** Starts the JavaFX window over the chosen database and waits until it is closed. */
final class JavaFxLauncher implements DesktopLauncher {

    private final ServicesFactory factory;
    private final Clock clock;

    JavaFxLauncher(ServicesFactory factory, Clock clock) {
        this.factory = factory;
        this.clock = clock;
    }

    @Override
    public int launch(Path database, String language) {
        Messages messages = Messages.forLanguage(language);
        Services services;
        try {
            services = factory.open(database != null ? database : factory.defaultLocation());
        } catch (VerbinderException e) {
            System.err.println(ErrorText.describe(messages, e));
            return ExitCodes.REFUSED;
        }
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try {
            Platform.startup(() -> {
                try {
                    Stage stage = new Stage();
                    stage.setOnHidden(e -> closed.countDown());
                    new MainWindow(services, messages).show(stage);
                } catch (RuntimeException e) {
                    failure.set(e);
                    closed.countDown();
                }
            });
            closed.await();
        } catch (UnsupportedOperationException | IllegalStateException e) {
            System.err.println(messages.get("ui.error.no-display"));
            return ExitCodes.REFUSED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            services.close();
            Platform.exit();
        }
        if (failure.get() != null) {
            System.err.println(messages.get("ui.error.start", failure.get().getMessage()));
            return ExitCodes.REFUSED;
        }
        return ExitCodes.DONE;
    }
}
