package nl.verbinder.domain.calendar;

/**
 * An agenda event's identity: its UID, and for one occurrence of a recurring event its
 * recurrence id ({@code ""} otherwise). Accepted and skipped events are remembered by it.
 */
public record EventKey(String uid, String recurrenceId) {

    public EventKey {
        recurrenceId = recurrenceId == null ? "" : recurrenceId;
    }
}
