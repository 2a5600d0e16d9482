package nl.verbinder.ui.insight;

import java.nio.file.Path;
import java.util.Optional;

/** Where an exported chart goes: the save dialog in the window, a fixed file in tests. */
@FunctionalInterface
public interface PngChooser {

    /** The file to write, or empty when the user cancelled. */
    Optional<Path> choose(String suggestedName);
}
