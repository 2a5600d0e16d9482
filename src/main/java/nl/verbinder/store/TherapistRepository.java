package nl.verbinder.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.verbinder.domain.Therapist;

/** The practice's therapists. */
public interface TherapistRepository {

    /** All therapists, active first, then by name. */
    List<Therapist> all();

    Optional<Therapist> find(long id);

    /** The therapist with this name, ignoring case. */
    Optional<Therapist> findByName(String name);

    long insert(Therapist therapist, Instant now);

    /** Updates when the stored version is still {@code therapist.version()}; false when it is not. */
    boolean update(Therapist therapist, Instant now);

    int count();
}
