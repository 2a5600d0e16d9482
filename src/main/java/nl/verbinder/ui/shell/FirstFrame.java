package nl.verbinder.ui.shell;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work that waits until a scene's first frame is drawn, so the window appears before it starts. */
public final class FirstFrame {

    private FirstFrame() {
    }

    /** Runs {@code then} on the FX thread once, just after the scene's first layout pulse. */
    public static void then(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
