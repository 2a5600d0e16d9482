package nl.verbinder.domain.insight;

import nl.verbinder.domain.Category;
import nl.verbinder.domain.PartnerStatus;

/**
 * Which partners the map shows. {@code null} means any, except for the status: without a
 * status the map shows every partner but the ended ones (a relationship that ended is not
 * part of the network any more); choose {@link PartnerStatus#ENDED} to see those.
 */
public record NetworkFilter(Category category, Long ownerId, PartnerStatus status) {

    public static NetworkFilter all() {
        return new NetworkFilter(null, null, null);
    }

    public NetworkFilter withCategory(Category value) {
        return new NetworkFilter(value, ownerId, status);
    }

    public NetworkFilter withOwner(Long value) {
        return new NetworkFilter(category, value, status);
    }

    public NetworkFilter withStatus(PartnerStatus value) {
        return new NetworkFilter(category, ownerId, value);
    }

    public boolean matches(MapPartner p) {
        return (category == null || category == p.category())
                && (ownerId == null || ownerId.equals(p.ownerId()))
                && (status == null ? p.status() != PartnerStatus.ENDED : status == p.status());
    }
}
