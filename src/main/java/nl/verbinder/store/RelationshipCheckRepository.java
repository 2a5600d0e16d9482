package nl.verbinder.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.verbinder.domain.relationship.RelationshipCheck;
import nl.verbinder.domain.relationship.RelationshipPoint;

/** The relationship check per partner (trust and value questions). */
public interface RelationshipCheckRepository {

    Optional<RelationshipCheck> find(long partnerId);

    /**
     * Saves the partner's check and sets the partner's trust (1-5, null when a trust answer is
     * open) to what the check gives, raising the partner's version when it changes.
     */
    void save(RelationshipCheck check, Integer trustLevel, Instant now);

    /** Every partner with a check, by name, in one query. */
    List<RelationshipPoint> chart();
}
