package nl.verbinder.domain.attention;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.PartnerStatus;

/**
 * One relationship on the attention list: the partner, why it needs attention, and how urgent.
 *
 * @param daysSinceContact days since {@code lastContact}, or {@code null} when there was none
 * @param rhythmDays       the rhythm the partner is held to (its own or its category's)
 * @param reasons          at least one, most points first
 * @param snooze           the partner's snooze, if it has one that no longer hides the item
 *                         (expired, or a new reason appeared), or that hides it (on the snoozed list)
 */
public record AttentionItem(
        long partnerId,
        String partnerName,
        Category category,
        PartnerStatus status,
        Integer trust,
        Long ownerId,
        String ownerName,
        LocalDate lastContact,
        Integer daysSinceContact,
        int rhythmDays,
        List<Reason> reasons,
        Urgency urgency,
        Snooze snooze) {

    public AttentionItem {
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("An attention item needs a reason");
        }
    }

    public int score() {
        return urgency.score();
    }

    public Set<ReasonCode> codes() {
        Set<ReasonCode> codes = EnumSet.noneOf(ReasonCode.class);
        for (Reason reason : reasons) {
            codes.add(reason.code());
        }
        return codes;
    }

    public boolean has(ReasonCode code) {
        for (Reason reason : reasons) {
            if (reason.code() == code) {
                return true;
            }
        }
        return false;
    }

    AttentionItem withSnooze(Snooze value) {
        return new AttentionItem(partnerId, partnerName, category, status, trust, ownerId, ownerName, lastContact,
                daysSinceContact, rhythmDays, reasons, urgency, value);
    }
}
