package nl.verbinder.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.relationship.RelationshipCheck;

/** The relationship check per partner (trust and value questions). */
public interface RelationshipCheckRepository {

    Optional<RelationshipCheck> find(long partnerId);

    /**
     * Saves the partner's check and sets the partner's trust (1-5, null when a trust answer is
     * open) to what the check gives, raising the partner's version when it changes.
     */
    void save(RelationshipCheck check, Integer trustLevel, Instant now);

    /** A partner on the trust × value chart: not in the trash, not ended, with a check. */
    record ChartPoint(long partnerId, String name, Category category, RelationshipCheck check) {
    }

    /** Every partner with a check, by name, in one query. */
    List<ChartPoint> chart();
}
