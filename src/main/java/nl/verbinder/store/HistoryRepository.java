package nl.verbinder.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.verbinder.domain.history.Change;
import nl.verbinder.domain.history.ChangeQuery;
import nl.verbinder.domain.history.RecordKind;

/**
 * The change history. The store writes it by itself, in the transaction of each change
 * (who from {@link #actAs}, when from the store's clock); this reads it, and forgets an erased person.
 */
public interface HistoryRepository {

    /**
     * Who makes the changes from now on in this process: the therapist at the workstation, or
     * null when nobody was chosen (the history then says "unknown").
     */
    void actAs(Long therapistId);

    /** Who the changes are written down for now; empty when unknown. */
    Optional<Long> actor();

    /** A partner's changes (its own, its contact persons', moments', links' and snooze's), newest first. */
    List<Change> forPartner(long partnerId, Instant since, int limit);

    /** One record's changes, newest first. */
    List<Change> forRecord(RecordKind kind, long recordId, int limit);

    /** The practice's changes, newest first. */
    List<Change> changes(ChangeQuery query);

    /** When the history began in this database (its first change, or the migration that started it). */
    Optional<Instant> startedAt();

    /**
     * Removes who an erased contact person was from the history: the fields and label of their
     * record's changes go, and one {@code erase} change says that a person was erased.
     */
    void forgetPerson(long personId, Long partnerId);

    /**
     * Removes what a partner deleted for good was from the history (its name, its fields, its
     * contact persons' and moments' fields): the history keeps that a partner was deleted, not which.
     */
    void forgetPartner(long partnerId);

    /** The last label the history knows for a record (for a record that no longer exists). */
    Optional<String> lastLabel(RecordKind kind, long recordId);

    /**
     * The values a field had at an instant, for the records of a kind changed since: per record
     * the "from" of its first change of that field after the instant. A record not in the map
     * had the value it has now (or did not exist yet; see {@link #createdAfter}).
     */
    Map<Long, String> valuesAsOf(RecordKind kind, String field, Instant at);

    /** The records of a kind that the history saw being made after the instant. */
    Set<Long> createdAfter(RecordKind kind, Instant at);

    /** How many changes and changed fields the history holds. */
    long[] size();

    /**
     * The newest field change (an update of one record, alone in its change set, not a move to
     * the trash) made by the actor given (null: nobody known) from {@code since} on and after
     * the change {@code afterId}, of one of the record kinds given; empty when there is none.
     */
    Optional<Change> lastOwnEdit(Long actorId, Instant since, long afterId, Set<RecordKind> kinds);

    /** The id of the newest change of a record; empty when it has none. */
    Optional<Long> lastChangeId(RecordKind kind, long recordId);

    /**
     * Writes the values given back into the record's fields (and raises its version), as one
     * update that the history records like any other; false when the record is gone.
     */
    boolean restoreFields(RecordKind kind, long recordId, Map<String, String> values, Instant now);
}
