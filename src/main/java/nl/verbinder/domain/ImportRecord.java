package nl.verbinder.domain;

import java.time.Instant;
import java.util.List;

/**
 * One import as it was recorded: when, from which file, how many rows it read and skipped,
 * and what it created or filled in. An import can be undone once, as a whole.
 *
 * @param undoneAt when it was undone, or {@code null}
 */
public record ImportRecord(
        Long id,
        ImportSource source,
        String fileName,
        Instant importedAt,
        int rowCount,
        int skippedRows,
        Instant undoneAt,
        List<ImportItem> items) {

    public ImportRecord {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean undone() {
        return undoneAt != null;
    }

    public long count(ImportedEntity entity, ImportItem.Action action) {
        return items.stream().filter(i -> i.entity() == entity && i.action() == action).count();
    }
}
