package nl.verbinder.ui.network;

import java.nio.file.Path;
import java.util.Optional;

/** Where an exported map goes: the file chooser in the window, a fixed file in tests. */
@FunctionalInterface
public interface PngTarget {

    /** The file to write, or empty when the user cancelled. */
    Optional<Path> choose(String suggestedName);
}
