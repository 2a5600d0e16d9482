package nl.verbinder.domain.insight;

import java.time.LocalDate;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.PartnerStatus;

/**
 * What the map needs to know about one partner as of a date, loaded for all partners at once.
 *
 * @param lastContact     the newest moment on or before the date, or {@code null} when there was none
 * @param momentsLastYear moments in the twelve months up to and including the date
 */
public record MapPartner(
        long partnerId,
        String name,
        Category category,
        PartnerStatus status,
        Long ownerId,
        String ownerName,
        LocalDate lastContact,
        int momentsLastYear) {
}
