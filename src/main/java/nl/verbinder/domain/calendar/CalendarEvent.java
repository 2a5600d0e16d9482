package nl.verbinder.domain.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One meeting from an agenda file, as Verbinder uses it: a single event, or one occurrence of a
 * recurring event (with its exception applied). Private, cancelled and all-day events never
 * become one of these: the reader leaves them out.
 *
 * @param uid          the event's UID in the agenda
 * @param recurrenceId {@code ""} for a single event; else the occurrence's original start in UTC
 *                     ({@code 20261103T090000Z}), as RECURRENCE-ID names it
 * @param start        when it starts
 * @param date         the day it took place, in the practice's time zone
 * @param title        its SUMMARY, or {@code ""}
 * @param location     its LOCATION, or {@code ""}
 * @param description  its DESCRIPTION (and conference links), or {@code ""}
 * @param emails       the organiser's and attendees' e-mail addresses, lower case
 */
public record CalendarEvent(String uid, String recurrenceId, Instant start, LocalDate date, String title,
                            String location, String description, List<String> emails) {

    public CalendarEvent {
        recurrenceId = recurrenceId == null ? "" : recurrenceId;
        title = title == null ? "" : title.strip();
        location = location == null ? "" : location.strip();
        description = description == null ? "" : description;
        emails = emails == null ? List.of() : List.copyOf(emails);
    }

    /** What the agenda and Verbinder remember the event by. */
    public EventKey key() {
        return new EventKey(uid, recurrenceId);
    }
}
