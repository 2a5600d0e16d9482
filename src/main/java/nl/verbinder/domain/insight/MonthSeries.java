package nl.verbinder.domain.insight;

import java.util.List;
import nl.verbinder.domain.ContactKind;

/**
 * One stack of the contact moments per month: a therapist's moments or one kind's, a count
 * for every month of the period (zero included), in the period's order.
 *
 * @param kind          the kind of contact when stacked by kind, else {@code null}
 * @param therapistId   the therapist when stacked by therapist; {@code null} for moments logged by nobody known
 * @param therapistName the therapist's name, {@code null} with {@code therapistId}
 */
public record MonthSeries(ContactKind kind, Long therapistId, String therapistName, List<Integer> counts) {

    public MonthSeries {
        counts = List.copyOf(counts);
    }

    public int total() {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }
}
