package nl.verbinder.ui;

import java.io.File;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/** Debugging aid: writes every open window to /tmp/snap-NAME-i.png. */
public final class Snap {

    private Snap() {
    }

    public static void shoot(FxRobot robot, String name) {
        robot.interact(() -> {
            int i = 0;
            for (Window window : Window.getWindows()) {
                try {
                    ImageIO.write(SwingFXUtils.fromFXImage(window.getScene().snapshot(null), null), "png",
                            new File("/tmp/snap-" + name + "-" + i++ + ".png"));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
    }
}
