package nl.verbinder.service.transfer.backup;

import java.nio.file.Path;
import java.util.List;

/**
 * What a backup or restore did.
 *
 * @param file          the backup file written or read
 * @param schemaVersion the schema version of the data in the backup
 * @param tables        how many tables it holds
 * @param rows          how many rows, all tables together
 * @param unreadable    the tables of a damaged database that could not be read (wholly or in
 *                      part); empty for a complete backup
 */
public record BackupSummary(Path file, BackupFormat format, int schemaVersion, int tables, long rows,
                            List<Unreadable> unreadable) {

    public BackupSummary {
        unreadable = List.copyOf(unreadable);
    }

    public BackupSummary(Path file, BackupFormat format, int schemaVersion, int tables, long rows) {
        this(file, format, schemaVersion, tables, rows, List.of());
    }

    /** A table of a damaged database that the backup could not read to its end. */
    public record Unreadable(String table, long rowsRead) {
    }
}
