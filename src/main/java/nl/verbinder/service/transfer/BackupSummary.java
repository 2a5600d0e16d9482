package nl.verbinder.service.transfer;

import java.nio.file.Path;

/**
 * What a backup or restore did.
 *
 * @param file          the backup file written or read
 * @param schemaVersion the schema version of the data in the backup
 * @param tables        how many tables it holds
 * @param rows          how many rows, all tables together
 */
public record BackupSummary(Path file, BackupFormat format, int schemaVersion, int tables, long rows) {
}
