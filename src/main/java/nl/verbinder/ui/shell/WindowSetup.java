package nl.verbinder.ui.shell;

import java.time.Duration;
import nl.verbinder.service.ServicesFactory;
import nl.verbinder.ui.area.UiSettings;
import nl.verbinder.ui.fx.TaskRunner;

/**
 * What the main window needs besides the open database.
 *
 * @param typingPause         how long search-as-you-type waits; zero in tests
 * @param loadAfterFirstFrame whether showing the window lets the first area load its data, and
 *                            count what needs attention, only once the first frame is drawn
 *                            (the app); tests load at once, so every step has finished
 */
public record WindowSetup(ServicesFactory factory, UiSettings settings, TaskRunner tasks, Duration typingPause,
                          boolean loadAfterFirstFrame) {

    public WindowSetup(ServicesFactory factory, UiSettings settings, TaskRunner tasks, Duration typingPause) {
        this(factory, settings, tasks, typingPause, false);
    }
}
