package nl.verbinder.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.verbinder.domain.ImportRecord;
import nl.verbinder.domain.UndoBlocker;

/** The record of every import, with what each created or filled in. */
public interface ImportRecordRepository {

    /** Stores an import with its items; returns its id. */
    long insert(ImportRecord record);

    /** The import with its items. */
    Optional<ImportRecord> find(long id);

    /** The most recent import that was not undone, with its items. */
    Optional<ImportRecord> lastNotUndone();

    /** Every import, newest first, with its items. */
    List<ImportRecord> all();

    /**
     * The records of this import that were changed, or gained links, since the import: undoing
     * it would lose that work. Records deleted since are not blockers (nothing is left to undo).
     */
    List<UndoBlocker> undoBlockers(long importId);

    void markUndone(long id, Instant now);
}
