package nl.verbinder.ui.area;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.net.URI;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * Opens a web address (an environment note's source) in the user's browser. The browser is
 * started off the FX thread; where there is none (a server, a test), the address is copied to
 * the clipboard and the user is told so, instead of failing.
 */
public final class Browser {

    private final UiContext context;

    public Browser(UiContext context) {
        this.context = context;
    }

    public void open(String address) {
        if (address == null || address.isBlank()) {
            return;
        }
        context.tasks().run(() -> browse(address), opened -> {
            if (!opened) {
                copy(address);
                context.dialogs().inform(context.text("areas.browser.title"),
                        context.text("areas.browser.unavailable", address));
            }
        }, failure -> {
            copy(address);
            context.dialogs().inform(context.text("areas.browser.title"),
                    context.text("areas.browser.failed", address, String.valueOf(failure.getMessage())));
        });
    }

    /** True when a browser was asked to open the address. */
    private static boolean browse(String address) {
        if (GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()
                || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            return false;
        }
        try {
            Desktop.getDesktop().browse(URI.create(address));
            return true;
        } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static void copy(String address) {
        try {
            ClipboardContent content = new ClipboardContent();
            content.putString(address);
            Clipboard.getSystemClipboard().setContent(content);
        } catch (RuntimeException e) {
            // No clipboard either: the message still shows the address.
        }
    }
}
