package nl.verbinder.service.calendar;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.io.TimezoneInfo;
import biweekly.property.Attendee;
import biweekly.property.Classification;
import biweekly.property.DateStart;
import biweekly.property.ICalProperty;
import biweekly.property.RawProperty;
import biweekly.util.ICalDate;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.domain.calendar.CalendarEvent;

/**
 * Reads an iCalendar file (Outlook's "Agenda opslaan", Google's and Apple's export) with
 * biweekly: expands recurring events with their exceptions (EXDATE, and RECURRENCE-ID
 * overrides that move, rename or cancel one occurrence), resolves each start in its own time
 * zone (the file's VTIMEZONE, an Olson name, UTC, or floating time taken as the practice's),
 * and leaves out private, cancelled and all-day events.
 */
final class AgendaReader {

    /** Series run on for years; beyond this many occurrences one is surely not still meeting. */
    private static final int MAX_OCCURRENCES = 5_000;
    private static final DateTimeFormatter RECURRENCE_ID =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    /** Outlook keeps a cancelled meeting in the agenda with this before its title. */
    private static final List<String> CANCELLED_PREFIXES = List.of("geannuleerd:", "canceled:", "cancelled:",
            "abgesagt:", "annulé:");

    private final ZoneId zone;

    AgendaReader(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * The meetings in the file that took place from {@code from} up to {@code to} (both days
     * included; {@code null}: no bound) and before {@code now}.
     *
     * @throws VerbinderException when the file cannot be read, is empty, or is not an agenda
     */
    AgendaFile read(Path file, LocalDate from, LocalDate to, Instant now) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        List<ICalendar> calendars = parse(file, name);
        Instant upper = to == null ? now : min(now, to.plusDays(1).atStartOfDay(zone).toInstant());
        Instant lower = from == null ? Instant.MIN : from.atStartOfDay(zone).toInstant();
        Counts counts = new Counts();
        List<CalendarEvent> events = new ArrayList<>();
        for (ICalendar calendar : calendars) {
            for (List<VEvent> series : byUid(calendar.getEvents()).values()) {
                expand(calendar.getTimezoneInfo(), series, lower, upper, counts, events);
            }
        }
        events.sort(Comparator.comparing(CalendarEvent::start).thenComparing(CalendarEvent::uid));
        return new AgendaFile(name, events, counts.privates, counts.cancelled, counts.allDay, counts.outside);
    }

    private static List<ICalendar> parse(Path file, String name) {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = decode(bytes);
        } catch (IOException | RuntimeException e) {
            throw new VerbinderException("agenda.error.unreadable", name);
        }
        if (text.isBlank()) {
            throw new VerbinderException("agenda.error.empty", name);
        }
        if (!text.toUpperCase(Locale.ROOT).contains("BEGIN:VCALENDAR")) {
            throw new VerbinderException("agenda.error.not-calendar", name);
        }
        List<ICalendar> calendars;
        try {
            calendars = Biweekly.parse(text).all();
        } catch (RuntimeException e) {
            throw new VerbinderException("agenda.error.not-calendar", name);
        }
        if (calendars.isEmpty()) {
            throw new VerbinderException("agenda.error.not-calendar", name);
        }
        if (calendars.stream().allMatch(c -> c.getEvents().isEmpty())) {
            throw new VerbinderException("agenda.error.empty", name);
        }
        return calendars;
    }

    /** UTF-8 as the standard says; a file some tool wrote in Windows-1252 is read as that. */
    private static String decode(byte[] bytes) throws CharacterCodingException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static Map<String, List<VEvent>> byUid(List<VEvent> events) {
        Map<String, List<VEvent>> byUid = new LinkedHashMap<>();
        int anonymous = 0;
        for (VEvent event : events) {
            String uid = event.getUid() == null || event.getUid().getValue() == null
                    || event.getUid().getValue().isBlank() ? "no-uid-" + (anonymous++) : event.getUid().getValue();
            byUid.computeIfAbsent(uid, k -> new ArrayList<>()).add(event);
        }
        return byUid;
    }

    /** One UID: the master event (maybe recurring) and the overrides of single occurrences. */
    private void expand(TimezoneInfo tz, List<VEvent> series, Instant lower, Instant upper, Counts counts,
                        List<CalendarEvent> out) {
        VEvent master = null;
        Map<String, VEvent> overrides = new HashMap<>();
        for (VEvent event : series) {
            if (event.getRecurrenceId() != null && event.getRecurrenceId().getValue() != null) {
                overrides.put(recurrenceId(tz, event.getRecurrenceId(), event.getRecurrenceId().getValue()), event);
            } else if (master == null) {
                master = event;
            }
        }
        String uid = uid(series.getFirst());
        if (master != null && master.getDateStart() != null && master.getDateStart().getValue() != null) {
            boolean recurring = master.getRecurrenceRule() != null || !master.getRecurrenceDates().isEmpty();
            if (!recurring) {
                add(tz, master, uid, "", null, lower, upper, counts, out);
            } else {
                TimeZone iteration = iterationZone(tz, master.getDateStart());
                DateIterator dates = master.getDateIterator(iteration);
                int seen = 0;
                while (dates.hasNext() && seen++ < MAX_OCCURRENCES) {
                    Date next = dates.next();
                    Instant start = instant(tz, master.getDateStart(), next);
                    if (!start.isBefore(upper)) {
                        break;
                    }
                    String recurrenceId = RECURRENCE_ID.format(start);
                    VEvent override = overrides.remove(recurrenceId);
                    if (override != null) {
                        add(tz, override, uid, recurrenceId, null, lower, upper, counts, out);
                    } else {
                        add(tz, master, uid, recurrenceId, start, lower, upper, counts, out);
                    }
                }
            }
        }
        // Overrides whose occurrence the rule does not give (moved far, or the master is not in the file).
        for (Map.Entry<String, VEvent> left : overrides.entrySet()) {
            add(tz, left.getValue(), uid, left.getKey(), null, lower, upper, counts, out);
        }
    }

    private void add(TimezoneInfo tz, VEvent event, String uid, String recurrenceId, Instant occurrence,
                     Instant lower, Instant upper, Counts counts, List<CalendarEvent> out) {
        DateStart dateStart = event.getDateStart();
        if (dateStart == null || dateStart.getValue() == null) {
            return;
        }
        Instant start = occurrence != null ? occurrence : instant(tz, dateStart, dateStart.getValue());
        if (start.isBefore(lower) || !start.isBefore(upper)) {
            counts.outside++;
            return;
        }
        if (cancelled(event)) {
            counts.cancelled++;
            return;
        }
        if (allDay(event)) {
            counts.allDay++;
            return;
        }
        if (isPrivate(event)) {
            counts.privates++;
            return;
        }
        out.add(new CalendarEvent(uid, recurrenceId, start, start.atZone(zone).toLocalDate(),
                text(event.getSummary()), text(event.getLocation()), description(event), emails(event)));
    }

    private static boolean isPrivate(VEvent event) {
        Classification c = event.getClassification();
        return c != null && c.getValue() != null
                && (c.isPrivate() || c.isConfidential()
                    || "PRIVATE".equalsIgnoreCase(c.getValue()) || "CONFIDENTIAL".equalsIgnoreCase(c.getValue()));
    }

    private static boolean cancelled(VEvent event) {
        if (event.getStatus() != null && event.getStatus().isCancelled()) {
            return true;
        }
        String title = text(event.getSummary()).toLowerCase(Locale.ROOT);
        return CANCELLED_PREFIXES.stream().anyMatch(title::startsWith);
    }

    private static boolean allDay(VEvent event) {
        if (!event.getDateStart().getValue().hasTime()) {
            return true;
        }
        RawProperty outlook = event.getExperimentalProperty("X-MICROSOFT-CDO-ALLDAYEVENT");
        return outlook != null && "TRUE".equalsIgnoreCase(outlook.getValue());
    }

    /**
     * When a start is: biweekly resolved it in the property's time zone (VTIMEZONE or Olson name)
     * or as UTC; a floating time (no zone) it read in the JVM's zone, so it is read again in the
     * practice's. {@code value} is the property's own value or an occurrence computed from it.
     */
    private Instant instant(TimezoneInfo tz, ICalProperty property, Date value) {
        if (floating(tz, property)) {
            LocalDateTime local = LocalDateTime.ofInstant(value.toInstant(), ZoneId.systemDefault());
            return local.atZone(zone).toInstant();
        }
        return value.toInstant();
    }

    private static boolean floating(TimezoneInfo tz, ICalProperty property) {
        if (tz.getTimezone(property) != null) {
            return false;
        }
        ICalDate own = property instanceof biweekly.property.DateOrDateTimeProperty p ? p.getValue() : null;
        return own == null || own.getRawComponents() == null || !own.getRawComponents().isUtc();
    }

    private static TimeZone iterationZone(TimezoneInfo tz, DateStart start) {
        TimezoneAssignment assignment = tz.getTimezone(start);
        if (assignment != null) {
            return assignment.getTimeZone();
        }
        if (start.getValue().getRawComponents() != null && start.getValue().getRawComponents().isUtc()) {
            return TimeZone.getTimeZone("UTC");
        }
        return TimeZone.getDefault();
    }

    private String recurrenceId(TimezoneInfo tz, ICalProperty property, ICalDate value) {
        return RECURRENCE_ID.format(instant(tz, property, value));
    }

    private static String uid(VEvent event) {
        return event.getUid() == null || event.getUid().getValue() == null ? "" : event.getUid().getValue();
    }

    private static String text(biweekly.property.ValuedProperty<String> property) {
        return property == null || property.getValue() == null ? "" : property.getValue();
    }

    /** The description, with the URL and the conference links Google and Outlook add in properties of their own. */
    private static String description(VEvent event) {
        StringBuilder all = new StringBuilder(text(event.getDescription()));
        if (event.getUrl() != null && event.getUrl().getValue() != null) {
            all.append('\n').append(event.getUrl().getValue());
        }
        for (RawProperty raw : event.getExperimentalProperties()) {
            String name = raw.getName().toUpperCase(Locale.ROOT);
            if (raw.getValue() != null && (name.contains("CONFERENCE") || name.contains("TEAMS")
                    || name.contains("ONLINEMEETING"))) {
                all.append('\n').append(raw.getValue());
            }
        }
        return all.toString();
    }

    private static List<String> emails(VEvent event) {
        List<String> emails = new ArrayList<>();
        if (event.getOrganizer() != null) {
            addEmail(emails, event.getOrganizer().getEmail(), event.getOrganizer().getUri());
        }
        for (Attendee attendee : event.getAttendees()) {
            addEmail(emails, attendee.getEmail(), attendee.getUri());
        }
        return emails;
    }

    private static void addEmail(List<String> emails, String email, String uri) {
        String value = email != null ? email : uri;
        if (value == null) {
            return;
        }
        value = value.strip();
        if (value.regionMatches(true, 0, "mailto:", 0, 7)) {
            value = value.substring(7);
        }
        if (value.contains("@")) {
            emails.add(value.toLowerCase(Locale.ROOT));
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static final class Counts {
        int privates;
        int cancelled;
        int allDay;
        int outside;
    }
}
