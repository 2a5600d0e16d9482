package nl.verbinder.cli;

import java.nio.file.Path;
import java.util.List;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.Services;

/** Renders the window's areas to images; implemented in {@code app}, which knows the window. */
public interface ScreenshotRenderer {

    /**
     * Renders every area with the data of {@code services}, and the log-a-moment dialog filled
     * in, to one PNG each in {@code folder}, without a display.
     *
     * @param dark whether to use the dark theme
     * @param width the window's width in pixels
     * @param height the window's height in pixels
     * @return the files written, in the order of the sidebar
     */
    List<Path> render(Services services, Messages messages, Path folder, boolean dark, int width, int height);
}
