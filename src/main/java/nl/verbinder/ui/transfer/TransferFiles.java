package nl.verbinder.ui.transfer;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the user picks the files of imports, exports, backups and restores. The window uses
 * the system's file choosers ({@link FxTransferFiles}); a test puts its own choice here, so it
 * needs no native dialog. Each method returns empty when the user cancelled.
 */
public interface TransferFiles {

    /** A file to write, suggested under this name. */
    Optional<Path> save(String title, String suggestedName, FileKind kind);

    /** An existing file to read. */
    Optional<Path> open(String title, FileKind kind);

    /** A folder to write into (one vCard per person). */
    Optional<Path> folder(String title);
}
