package nl.verbinder.domain.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.verbinder.domain.ContactKind;

/**
 * A contact moment proposed from an agenda event: with which partner, when, how, with which of
 * its contact persons, about what, and why the event was matched to that partner.
 *
 * @param reasons why it matched, strongest first (never empty)
 */
public record MomentProposal(CalendarEvent event, long partnerId, String partnerName, LocalDate date,
                             ContactKind kind, Set<Long> contactPersonIds, String summary,
                             List<MatchReason> reasons) {

    public MomentProposal {
        contactPersonIds = Set.copyOf(contactPersonIds);
        reasons = List.copyOf(reasons);
    }

    public EventKey key() {
        return event.key();
    }
}
