package nl.verbinder.ui.calendar;

import nl.verbinder.domain.calendar.MomentProposal;

/**
 * One proposal as the list shows it: the day, partner and kind, the meeting's title, and why
 * it was matched.
 */
public record ProposalRow(MomentProposal proposal, String heading, String title, String why) {

    @Override
    public String toString() {
        return heading + " · " + title;
    }
}
