package nl.verbinder.domain.calendar;

import java.util.List;
import java.util.Locale;
import nl.verbinder.domain.ContactKind;

/**
 * How a meeting took place, from its agenda entry: a video-call link (Teams, Meet, Zoom,
 * Whereby) anywhere makes it video; else a location makes it in person; else it was a call.
 */
public final class MeetingKind {

    private static final List<String> VIDEO_MARKS = List.of("teams.microsoft.com", "teams.live.com",
            "microsoft teams", "meet.google.com", "zoom.us", "whereby.com");

    private MeetingKind() {
    }

    public static ContactKind of(CalendarEvent event) {
        String all = (event.title() + "\n" + event.location() + "\n" + event.description()).toLowerCase(Locale.ROOT);
        for (String mark : VIDEO_MARKS) {
            if (all.contains(mark)) {
                return ContactKind.VIDEO;
            }
        }
        return event.location().isBlank() ? ContactKind.PHONE : ContactKind.IN_PERSON;
    }
}
