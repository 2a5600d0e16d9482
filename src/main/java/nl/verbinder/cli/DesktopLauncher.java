package nl.verbinder.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Starts the desktop app; implemented in {@code app}, which knows the window. */
public interface DesktopLauncher {

    /**
     * Opens the window and returns when it is closed.
     *
     * @param database the database the user chose, or {@code null} for the default or last one
     * @param language {@code nl} or {@code en}, or {@code null} for the remembered choice
     * @return the exit code
     */
    int launch(Path database, String language);

    /**
     * For the benchmark: starts the window over the database, waits for its first frame,
     * closes it again, and returns the time from the start of this JVM to that frame; empty
     * when this launcher cannot measure it.
     */
    default Optional<Duration> firstFrame(Path database, String language) {
        return Optional.empty();
    }
}
