package nl.verbinder.store;

import java.time.Instant;
import nl.verbinder.domain.PracticeProfile;

/** The single practice profile. */
public interface PracticeProfileRepository {

    PracticeProfile load();

    /** Saves when the stored version is still {@code profile.version()}; false when it is not. */
    boolean save(PracticeProfile profile, Instant now);
}
