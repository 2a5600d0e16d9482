package nl.verbinder.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.verbinder.domain.EnvironmentFactor;
import nl.verbinder.domain.EnvironmentNote;

/** Environment-analysis notes. */
public interface EnvironmentNoteRepository {

    long insert(EnvironmentNote note, Instant now);

    /** Updates the note and its partner links when the version still matches; false when not. */
    boolean update(EnvironmentNote note, Instant now);

    Optional<EnvironmentNote> find(long id);

    /** All notes, by factor, newest observation first. */
    List<EnvironmentNote> all();

    void delete(long id);

    /** Links the notes of one partner to another instead (a merge); the notes' versions go up. */
    int moveLinks(long fromPartnerId, long toPartnerId, Instant now);

    /** How many notes each factor has; factors without notes are absent. */
    Map<EnvironmentFactor, Integer> countByFactor();
}
