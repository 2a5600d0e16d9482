package nl.verbinder.service.transfer.backup;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The two kinds of full backup. */
public enum BackupFormat {
    /**
     * Every table row by row in one JSON file, with a format version and the schema version:
     * readable by people and other programs, and restorable into later versions of Verbinder.
     */
    JSON,
    /** A copy of the SQLite file itself, made with SQLite's online backup while the app runs. */
    DATABASE;

    /** The bundle key of its label, for a backup dialog. */
    public String labelKey() {
        return this == JSON ? "transfer.backup-format.json" : "transfer.backup-format.database";
    }

    /** The format a file name asks for: {@code .json}, or {@code .db} (also {@code .sqlite}, {@code .sqlite3}). */
    public static Optional<BackupFormat> forFileName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (name.endsWith(".db") || name.endsWith(".sqlite") || name.endsWith(".sqlite3")) {
            return Optional.of(DATABASE);
        }
        return Optional.empty();
    }
}
