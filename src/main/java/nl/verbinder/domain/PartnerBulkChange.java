package nl.verbinder.domain;

import java.util.List;

/**
 * One change applied to several partners at once: a new owner, a new status, tags added or
 * taken off. What is not set stays as each partner has it.
 *
 * @param changeOwner whether to set the owner (to {@code ownerId}, which may be {@code null} for nobody)
 * @param status      the new status, or {@code null} to keep each partner's own
 */
public record PartnerBulkChange(
        boolean changeOwner,
        Long ownerId,
        PartnerStatus status,
        List<String> addTags,
        List<String> removeTags) {

    public PartnerBulkChange {
        addTags = addTags == null ? List.of() : List.copyOf(addTags);
        removeTags = removeTags == null ? List.of() : List.copyOf(removeTags);
    }

    public static PartnerBulkChange none() {
        return new PartnerBulkChange(false, null, null, List.of(), List.of());
    }

    public PartnerBulkChange withOwner(Long id) {
        return new PartnerBulkChange(true, id, status, addTags, removeTags);
    }

    public PartnerBulkChange withStatus(PartnerStatus value) {
        return new PartnerBulkChange(changeOwner, ownerId, value, addTags, removeTags);
    }

    public PartnerBulkChange addingTags(List<String> tags) {
        return new PartnerBulkChange(changeOwner, ownerId, status, tags, removeTags);
    }

    public PartnerBulkChange removingTags(List<String> tags) {
        return new PartnerBulkChange(changeOwner, ownerId, status, addTags, tags);
    }

    /** True when the change would change nothing. */
    public boolean isEmpty() {
        return !changeOwner && status == null && addTags.isEmpty() && removeTags.isEmpty();
    }
}
