package nl.verbinder.ui.moments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.MomentView;
import nl.verbinder.ui.area.UiContext;

/**
 * One contact moment as the list shows it: every text prepared here, so cells only show them.
 *
 * @param who           our therapists and their contact persons who took part
 * @param followUp      what has to happen next, on one line, or empty
 * @param followUpState where the follow-up stands ("Open, uiterlijk 12-12-2026"), or empty
 */
record MomentRow(MomentView view, String date, String partner, String kind, String who, String summary,
                 String followUp, String followUpState, FollowUp state) {

    /** Where a moment's follow-up stands. */
    enum FollowUp { NONE, OPEN, LATE, DONE }

    long id() {
        return view.moment().id();
    }

    ContactMoment moment() {
        return view.moment();
    }

    static MomentRow of(MomentView view, UiContext context) {
        ContactMoment m = view.moment();
        List<String> people = new ArrayList<>(view.therapistNames());
        people.addAll(view.contactPersonNames());
        if (people.isEmpty() && view.loggedByName() != null) {
            people.add(view.loggedByName());
        }
        FollowUp state = state(m, context.today());
        return new MomentRow(view, context.date(m.date()), view.partnerName(), context.label(m.kind()),
                String.join(", ", people), oneLine(m.summary()), oneLine(m.followUp()), shortStateText(m, state, context),
                state);
    }

    static FollowUp state(ContactMoment m, LocalDate today) {
        if (m.followUp() == null) {
            return FollowUp.NONE;
        }
        if (m.followUpDone() != null) {
            return FollowUp.DONE;
        }
        return m.followUpDue() != null && m.followUpDue().isBefore(today) ? FollowUp.LATE : FollowUp.OPEN;
    }

    /** The follow-up's state in words, e.g. "Open, uiterlijk 12-12-2026". */
    static String stateText(ContactMoment m, FollowUp state, UiContext context) {
        return switch (state) {
            case NONE -> "";
            case DONE -> context.text("areas.moments.follow-up.done", context.date(m.followUpDone()));
            case LATE -> context.text("areas.moments.follow-up.late", context.date(m.followUpDue()));
            case OPEN -> m.followUpDue() == null ? context.text("areas.moments.follow-up.open")
                    : context.text("areas.moments.follow-up.open-due", context.date(m.followUpDue()));
        };
    }

    /** The state in few words, for the list: "Open · 12-12-2026". */
    static String shortStateText(ContactMoment m, FollowUp state, UiContext context) {
        return switch (state) {
            case NONE -> "";
            case DONE -> context.text("areas.moments.follow-up.short.done", context.date(m.followUpDone()));
            case LATE -> context.text("areas.moments.follow-up.short.late", context.date(m.followUpDue()));
            case OPEN -> m.followUpDue() == null ? context.text("areas.moments.follow-up.open")
                    : context.text("areas.moments.follow-up.short.open", context.date(m.followUpDue()));
        };
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
