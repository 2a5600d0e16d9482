package nl.verbinder.domain.attention;

import java.time.LocalDate;
import java.util.Set;

/**
 * An attention item put away until a date. It stays away through {@code until} and comes
 * back the day after, or at once when a reason appears that was not there when it was
 * snoozed.
 *
 * @param reasons the reason codes the item had when it was snoozed
 */
public record Snooze(long partnerId, LocalDate until, String note, Set<ReasonCode> reasons, LocalDate snoozedOn) {

    public Snooze {
        reasons = Set.copyOf(reasons);
    }

    /** Whether this snooze still hides an item with these reasons today. */
    public boolean hides(Set<ReasonCode> current, LocalDate today) {
        return !today.isAfter(until) && reasons.containsAll(current);
    }
}
