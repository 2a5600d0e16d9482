package nl.verbinder.service.transfer.exports;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.VTodo;
import biweekly.property.Method;
import biweekly.property.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.MomentView;
import nl.verbinder.i18n.Messages;

/**
 * Open follow-ups as an iCalendar (through biweekly): all-day events on the due dates, or
 * tasks. Each gets a stable UID from the contact moment, so importing a newer export updates
 * the same items instead of adding copies.
 */
final class FollowUpCalendar {

    private final ICalendar calendar = new ICalendar();
    private final Messages messages;
    private final Instant now;
    private final ZoneId zone;

    FollowUpCalendar(Messages messages, Instant now, ZoneId zone) {
        this.messages = messages;
        this.now = now;
        this.zone = zone;
        calendar.setProductId("-//Verbinder//Verbinder//" + messages.language().toUpperCase(Locale.ROOT));
        calendar.setMethod(Method.publish());
        String name = messages.get("transfer.export.ics.calendar-name");
        calendar.setName(name);
        // Outlook and Google Calendar read the calendar's name from this older, unofficial property.
        calendar.setExperimentalProperty("X-WR-CALNAME", name);
    }

    ICalendar calendar() {
        return calendar;
    }

    /** Adds an all-day event on the due date; false when the follow-up has no due date. */
    boolean addEvent(MomentView view) {
        ContactMoment moment = view.moment();
        if (moment.followUpDue() == null) {
            return false;
        }
        VEvent event = new VEvent();
        event.setUid(uid(moment));
        event.setDateTimeStamp(Date.from(now));
        event.setDateStart(day(moment.followUpDue()), false);
        event.setDateEnd(day(moment.followUpDue().plusDays(1)), false);
        event.setSummary(summary(view));
        event.setDescription(description(view));
        event.setTransparency(true);
        calendar.addEvent(event);
        return true;
    }

    void addTask(MomentView view) {
        ContactMoment moment = view.moment();
        VTodo task = new VTodo();
        task.setUid(uid(moment));
        task.setDateTimeStamp(Date.from(now));
        if (moment.followUpDue() != null) {
            task.setDateDue(day(moment.followUpDue()), false);
        }
        task.setSummary(summary(view));
        task.setDescription(description(view));
        task.setStatus(Status.needsAction());
        calendar.addTodo(task);
    }

    private String summary(MomentView view) {
        return messages.get("transfer.export.ics.summary", view.moment().followUp(), view.partnerName());
    }

    private String description(MomentView view) {
        ContactMoment moment = view.moment();
        return messages.get("transfer.export.ics.description", view.partnerName(), moment.date(), moment.summary(),
                moment.followUp());
    }

    private static String uid(ContactMoment moment) {
        return "follow-up-" + moment.id() + "-" + moment.createdAt().toEpochMilli() + "@verbinder";
    }

    /** Midnight of the day where the library formats dates, so the date itself comes out. */
    private Date day(LocalDate date) {
        return Date.from(date.atStartOfDay(zone).toInstant());
    }
}
