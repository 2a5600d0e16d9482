package nl.verbinder.service.calendar;

import java.util.List;
import nl.verbinder.domain.calendar.CalendarEvent;

/**
 * What was read from an agenda file: the meetings that can become contact moments (recurring
 * events expanded, exceptions applied, within the period asked for and in the past), and how
 * many were left out and why.
 *
 * @param fileName  the file's name, for messages
 * @param events    the usable meetings, oldest first
 * @param privates  occurrences marked private or confidential
 * @param cancelled occurrences cancelled
 * @param allDay    all-day occurrences (holidays, days off: no meeting)
 * @param outside   occurrences outside the period, or still to come
 */
public record AgendaFile(String fileName, List<CalendarEvent> events, int privates, int cancelled, int allDay,
                         int outside) {

    public AgendaFile {
        events = List.copyOf(events);
    }
}
