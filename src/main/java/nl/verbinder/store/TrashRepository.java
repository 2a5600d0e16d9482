package nl.verbinder.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.verbinder.domain.TrashItem;

/**
 * The trash of contact moments, shared goals, environment notes and contact persons: a record
 * moved here leaves its table together with its links, so nothing that reads those tables
 * counts it, and comes back with them when it is restored. Runs inside the caller's transaction.
 */
public interface TrashRepository {

    /**
     * Moves the record and the rows that link it to others into the trash.
     *
     * @return the new trash item's id
     */
    long moveToTrash(TrashItem.Kind kind, long recordId, String label, Long partnerId, Instant now);

    /** Everything in the trash, newest first. */
    List<TrashItem> list();

    Optional<TrashItem> find(long itemId);

    /** The newest trash item of that record, if it is in the trash. */
    Optional<TrashItem> findRecord(TrashItem.Kind kind, long recordId);

    /**
     * Puts the record back with its links. A link to a record that is in the trash itself waits
     * there and comes back with it; a link to a record deleted for good is left out.
     *
     * @return the record's id: the old one, or a new one when the old one was taken meanwhile
     */
    long restore(long itemId);

    /** Deletes the item for good. */
    void deleteForGood(long itemId);
}
