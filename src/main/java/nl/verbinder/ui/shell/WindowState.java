package nl.verbinder.ui.shell;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import nl.verbinder.ui.area.UiSettings.WindowBounds;
import nl.verbinder.ui.area.UiSettings;
import nl.verbinder.ui.fx.TaskRunner;

/**
 * Where the window stands and what the user chose, kept between starts: the bounds are put
 * back when they still fit a screen, and the settings are written in the background. A
 * settings file that cannot be written does not stop the user; it goes to the log.
 */
public final class WindowState {

    private static final System.Logger LOG = System.getLogger(WindowState.class.getName());

    private final UiSettings settings;
    private final TaskRunner tasks;
    private final double width;
    private final double height;

    public WindowState(UiSettings settings, TaskRunner tasks, double width, double height) {
        this.settings = settings;
        this.tasks = tasks;
        this.width = width;
        this.height = height;
    }

    public UiSettings settings() {
        return settings;
    }

    /** Puts the window where it was last time, or centred at its default size. */
    public void place(Stage stage) {
        WindowBounds bounds = settings.window().orElse(null);
        if (bounds != null && !Screen.getScreensForRectangle(bounds.x(), bounds.y(), bounds.width(),
                bounds.height()).isEmpty()) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setWidth(bounds.width());
            stage.setHeight(bounds.height());
            stage.setMaximized(bounds.maximized());
            return;
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(width, screen.getWidth()));
        stage.setHeight(Math.min(height, screen.getHeight()));
        stage.centerOnScreen();
    }

    /** Remembers where the window stands now, and saves. */
    public void remember(Stage stage) {
        settings.window(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized()));
        save();
    }

    /** Writes the settings in the background. */
    public void save() {
        tasks.run(() -> {
            settings.save();
            return null;
        }, done -> { }, failure -> LOG.log(System.Logger.Level.WARNING, "Settings not saved", failure));
    }
}
