package nl.verbinder.domain.relationship;

import nl.verbinder.domain.Category;

/** A partner on the trust × value chart: not in the trash, not ended, with its relationship check. */
public record RelationshipPoint(long partnerId, String name, Category category, RelationshipCheck check) {
}
