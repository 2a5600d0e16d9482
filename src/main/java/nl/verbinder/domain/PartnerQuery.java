package nl.verbinder.domain;

import java.util.Set;

/**
 * What a partner list asks for: a search text, filters, and a page.
 *
 * @param search         words that must all match (as the start of a word) the name, city,
 *                       contact persons, tags or notes; case and accents do not matter
 * @param overdueOnly    only partners the attention engine finds overdue: OVERDUE or
 *                       NEVER_CONTACTED as of today, snoozed or not
 * @param limit          at most this many; 0 for all
 * @param needsAttention only partners on today's attention list (any reason, not snoozed)
 * @param ids            only partners with these ids, or {@code null} for any; the service
 *                       fills it for the two attention filters above
 */
public record PartnerQuery(
        String search,
        Set<Category> categories,
        Set<PartnerStatus> statuses,
        Long ownerId,
        boolean overdueOnly,
        int limit,
        int offset,
        boolean needsAttention,
        Set<Long> ids) {

    public PartnerQuery {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        ids = ids == null ? null : Set.copyOf(ids);
    }

    /** The query as the foundation had it, without the attention filters. */
    public PartnerQuery(String search, Set<Category> categories, Set<PartnerStatus> statuses, Long ownerId,
                        boolean overdueOnly, int limit, int offset) {
        this(search, categories, statuses, ownerId, overdueOnly, limit, offset, false, null);
    }

    public static PartnerQuery all() {
        return new PartnerQuery(null, Set.of(), Set.of(), null, false, 0, 0, false, null);
    }

    public PartnerQuery withSearch(String text) {
        return new PartnerQuery(text, categories, statuses, ownerId, overdueOnly, limit, offset, needsAttention, ids);
    }

    public PartnerQuery withCategories(Set<Category> values) {
        return new PartnerQuery(search, values, statuses, ownerId, overdueOnly, limit, offset, needsAttention, ids);
    }

    public PartnerQuery withStatuses(Set<PartnerStatus> values) {
        return new PartnerQuery(search, categories, values, ownerId, overdueOnly, limit, offset, needsAttention, ids);
    }

    public PartnerQuery withOwner(Long value) {
        return new PartnerQuery(search, categories, statuses, value, overdueOnly, limit, offset, needsAttention, ids);
    }

    public PartnerQuery withOverdueOnly(boolean value) {
        return new PartnerQuery(search, categories, statuses, ownerId, value, limit, offset, needsAttention, ids);
    }

    public PartnerQuery withPage(int newLimit, int newOffset) {
        return new PartnerQuery(search, categories, statuses, ownerId, overdueOnly, newLimit, newOffset,
                needsAttention, ids);
    }

    public PartnerQuery withNeedsAttention(boolean value) {
        return new PartnerQuery(search, categories, statuses, ownerId, overdueOnly, limit, offset, value, ids);
    }

    /** Only these partners; {@code null} for any. */
    public PartnerQuery withIds(Set<Long> values) {
        return new PartnerQuery(search, categories, statuses, ownerId, overdueOnly, limit, offset, needsAttention,
                values);
    }
}
