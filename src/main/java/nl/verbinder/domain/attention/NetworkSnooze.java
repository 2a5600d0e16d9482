package nl.verbinder.domain.attention;

import java.time.LocalDate;
import java.util.Set;

/**
 * A network's attention item put away until a date, as {@link Snooze} does for a partner. It
 * counts from the day it was made: asked for an earlier day (the command line's {@code --today})
 * it hides nothing. It stays away through {@code until}, and comes back at once when a reason
 * appears that was not there when it was snoozed.
 *
 * @param reasons the reason codes the item had when it was snoozed
 */
public record NetworkSnooze(long networkId, LocalDate until, String note, Set<NetworkReasonCode> reasons,
                            LocalDate snoozedOn) {

    public NetworkSnooze {
        reasons = Set.copyOf(reasons);
    }

    /** Whether this snooze hides an item with these reasons on {@code today}. */
    public boolean hides(Set<NetworkReasonCode> current, LocalDate today) {
        return !today.isBefore(snoozedOn) && !today.isAfter(until) && reasons.containsAll(current);
    }
}
