package nl.verbinder.domain.insight;

import nl.verbinder.domain.Category;
import nl.verbinder.domain.PartnerStatus;

/** How many partners (not in the trash) of a category have a status. */
public record CategoryStatusCount(Category category, PartnerStatus status, int count) {
}
