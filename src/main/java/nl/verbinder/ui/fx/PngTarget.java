package nl.verbinder.ui.fx;

import java.nio.file.Path;
import java.util.Optional;

/** Where an exported picture (the map, a chart) goes: the save dialog in the window, a fixed file in tests. */
@FunctionalInterface
public interface PngTarget {

    /** The file to write, or empty when the user cancelled. */
    Optional<Path> choose(String suggestedName);
}
