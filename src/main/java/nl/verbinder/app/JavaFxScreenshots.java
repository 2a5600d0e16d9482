package nl.verbinder.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import nl.verbinder.cli.ScreenshotRenderer;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.Services;
import nl.verbinder.ui.Screenshots;

/**
 * Starts JavaFX on its headless platform (software rendering, no display needed) and lets the
 * window render itself to images.
 */
final class JavaFxScreenshots implements ScreenshotRenderer {

    @Override
    public List<Path> render(Services services, Messages messages, Path folder, boolean dark, int width, int height) {
        startHeadless();
        CompletableFuture<List<Path>> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(new Screenshots(services, messages, dark, width, height).renderAll(folder));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VerbinderException("ui.screenshots.failed", e, "interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof VerbinderException refusal) {
                throw refusal;
            }
            throw new VerbinderException("ui.screenshots.failed", cause, String.valueOf(cause));
        }
    }

    /** Starts the toolkit headless unless it runs already (in tests it does). */
    private static synchronized void startHeadless() {
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        System.setProperty("java.awt.headless", "true");
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // The toolkit is up.
        }
        Platform.setImplicitExit(false);
    }
}
