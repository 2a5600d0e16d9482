package nl.verbinder.service.transfer.exports;

/** How open follow-ups go into an iCalendar file. */
public enum CalendarStyle {
    /**
     * One all-day event (VEVENT) on each due date: what Outlook and Google Calendar import.
     * Follow-ups without a due date are left out (an event needs a day).
     */
    EVENTS,
    /**
     * One task (VTODO) each, with its due date when there is one: for task apps (Thunderbird,
     * Apple Reminders); Outlook and Google Calendar skip tasks when importing a calendar file.
     */
    TASKS;

    /** The bundle key of its label, for an export dialog. */
    public String labelKey() {
        return this == EVENTS ? "transfer.calendar.events" : "transfer.calendar.tasks";
    }
}
