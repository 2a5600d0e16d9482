package nl.verbinder.ui.partners;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.MomentView;
import nl.verbinder.ui.area.UiContext;

/**
 * One contact moment on a partner's timeline, as the timeline shows it: texts in the user's
 * language, and the follow-up's state worked out against today.
 */
public record TimelineEntry(
        long id,
        String date,
        String kind,
        String who,
        String summary,
        String offered,
        String asked,
        String goals,
        FollowUp followUpState,
        String followUp) {

    /** Where a moment's follow-up stands. */
    public enum FollowUp { NONE, OPEN, OVERDUE, DONE }

    static TimelineEntry of(MomentView view, UiContext context, LocalDate today) {
        ContactMoment m = view.moment();
        List<String> people = new ArrayList<>(view.therapistNames());
        people.addAll(view.contactPersonNames());
        FollowUp state;
        String followUp = null;
        if (m.followUp() == null) {
            state = FollowUp.NONE;
        } else if (m.followUpDone() != null) {
            state = FollowUp.DONE;
            followUp = context.text("ui.timeline.follow-up.done", m.followUp(), m.followUpDone());
        } else if (m.followUpDue() != null && m.followUpDue().isBefore(today)) {
            state = FollowUp.OVERDUE;
            followUp = context.text("ui.timeline.follow-up.overdue", m.followUp(), m.followUpDue());
        } else {
            state = FollowUp.OPEN;
            followUp = m.followUpDue() == null ? context.text("ui.timeline.follow-up.open", m.followUp())
                    : context.text("ui.timeline.follow-up.open-due", m.followUp(), m.followUpDue());
        }
        String who = people.isEmpty() ? "" : String.join(", ", people);
        if (view.loggedByName() != null && !view.therapistNames().contains(view.loggedByName())) {
            who = who.isEmpty() ? context.text("ui.timeline.logged-by", view.loggedByName())
                    : who + " · " + context.text("ui.timeline.logged-by", view.loggedByName());
        }
        return new TimelineEntry(m.id(), context.date(m.date()), context.label(m.kind()), who, m.summary(),
                m.offered(), m.asked(), String.join(", ", view.goalTitles()), state, followUp);
    }
}
