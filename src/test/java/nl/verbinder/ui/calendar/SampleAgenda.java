package nl.verbinder.ui.calendar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small agenda that meets the sample practice twice, and the dentist once. */
final class SampleAgenda {

    private SampleAgenda() {
    }

    static Path in(Path folder) throws IOException {
        Path file = folder.resolve("agenda.ics");
        Files.writeString(file, """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Google Inc//Google Calendar 70.9054//EN
                BEGIN:VEVENT
                UID:linde-1@google.com
                DTSTART:20261110T090000Z
                DTEND:20261110T100000Z
                ORGANIZER:mailto:anna@fysio.example
                ATTENDEE;CN=Marieke Jansen:mailto:m.jansen@delinde.example
                LOCATION:Huisartsenpraktijk De Linde
                SUMMARY:Overleg valpreventie
                END:VEVENT
                BEGIN:VEVENT
                UID:wetering-1@google.com
                DTSTART:20261112T140000Z
                DTEND:20261112T150000Z
                LOCATION:Zwembad De Wetering\\, Zeist
                SUMMARY:Proefles aquajoggen
                END:VEVENT
                BEGIN:VEVENT
                UID:tandarts-1@google.com
                DTSTART:20261113T080000Z
                DTEND:20261113T083000Z
                LOCATION:Tandartspraktijk
                SUMMARY:Tandarts
                END:VEVENT
                END:VCALENDAR
                """);
        return file;
    }
}
