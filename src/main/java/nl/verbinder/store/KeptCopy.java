package nl.verbinder.store;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * A copy of the whole database that Verbinder keeps by itself next to it (made before an
 * update of the file's layout), with when it was made and from when on it is removed (at the
 * first start after that moment). It holds everyone who was in the database then, so the erase
 * dialog names it among the places where an erased person may remain.
 */
public record KeptCopy(Path file, LocalDateTime made, LocalDateTime removedAfter) {
}
