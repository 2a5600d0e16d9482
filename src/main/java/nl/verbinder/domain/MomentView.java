package nl.verbinder.domain;

import java.util.List;

/** A contact moment with the names that a timeline or list shows next to it. */
public record MomentView(
        ContactMoment moment,
        String partnerName,
        String loggedByName,
        List<String> therapistNames,
        List<String> contactPersonNames,
        List<String> goalTitles) {

    public MomentView {
        therapistNames = List.copyOf(therapistNames);
        contactPersonNames = List.copyOf(contactPersonNames);
        goalTitles = List.copyOf(goalTitles);
    }
}
