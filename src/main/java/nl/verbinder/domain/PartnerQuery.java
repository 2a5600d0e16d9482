package nl.verbinder.domain;

import java.util.Set;

/**
 * What a partner list asks for: a search text, filters, and a page.
 *
 * @param search       words that must all match the name, city, contact persons, tags or notes
 * @param overdueOnly  only partners whose last contact is longer ago than their rhythm (or never)
 * @param limit        at most this many; 0 for all
 */
public record PartnerQuery(
        String search,
        Set<Category> categories,
        Set<PartnerStatus> statuses,
        Long ownerId,
        boolean overdueOnly,
        int limit,
        int offset) {

    public PartnerQuery {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static PartnerQuery all() {
        return new PartnerQuery(null, Set.of(), Set.of(), null, false, 0, 0);
    }

    public PartnerQuery withSearch(String text) {
        return new PartnerQuery(text, categories, statuses, ownerId, overdueOnly, limit, offset);
    }

    public PartnerQuery withCategories(Set<Category> values) {
        return new PartnerQuery(search, values, statuses, ownerId, overdueOnly, limit, offset);
    }

    public PartnerQuery withStatuses(Set<PartnerStatus> values) {
        return new PartnerQuery(search, categories, values, ownerId, overdueOnly, limit, offset);
    }

    public PartnerQuery withOwner(Long value) {
        return new PartnerQuery(search, categories, statuses, value, overdueOnly, limit, offset);
    }

    public PartnerQuery withOverdueOnly(boolean value) {
        return new PartnerQuery(search, categories, statuses, ownerId, value, limit, offset);
    }

    public PartnerQuery withPage(int newLimit, int newOffset) {
        return new PartnerQuery(search, categories, statuses, ownerId, overdueOnly, newLimit, newOffset);
    }
}
