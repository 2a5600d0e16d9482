package nl.verbinder.service.calendar;

import java.util.List;
import nl.verbinder.domain.calendar.MomentProposal;

/**
 * The contact moments an agenda file proposes, and what happened to the rest of its events.
 *
 * @param file       what was read (with the private, cancelled and all-day events left out)
 * @param proposals  one per meeting with a partner that was not accepted or skipped before, oldest first
 * @param remembered meetings with a partner accepted or skipped before: not proposed again
 * @param unmatched  meetings that match no partner
 */
public record AgendaProposals(AgendaFile file, List<MomentProposal> proposals, int remembered, int unmatched) {

    public AgendaProposals {
        proposals = List.copyOf(proposals);
    }

    /** Whether the file had meetings with partners, but every one of them was decided on before. */
    public boolean nothingNew() {
        return proposals.isEmpty() && remembered > 0;
    }
}
