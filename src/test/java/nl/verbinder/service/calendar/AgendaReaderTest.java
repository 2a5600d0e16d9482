package nl.verbinder.service.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.domain.calendar.CalendarEvent;
import nl.verbinder.testutil.AgendaPartners;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgendaReaderTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final String WEEKLY = "040000008200E00074C5B7101A82E0080000000030A4C2D3E4A5DA01000000000000000010000000A1B2C3D4E5F60003";

    private final AgendaReader reader = new AgendaReader(AgendaImportService.PRACTICE_ZONE);

    @TempDir
    Path folder;

    private AgendaFile outlook() {
        return reader.read(AgendaPartners.file("outlook-agenda.ics"), null, null, NOW);
    }

    @Test
    void aRecurringMeetingIsExpandedWithItsExclusionMovedAndCancelledOccurrences() {
        List<CalendarEvent> weekly = outlook().events().stream().filter(e -> e.uid().equals(WEEKLY)).toList();

        // Weekly on Tuesdays, six times from 6 October: the 20th excluded, the 27th moved to Thursday 29th,
        // 3 November cancelled.
        assertThat(weekly).extracting(CalendarEvent::date).containsExactly(LocalDate.of(2026, 10, 6),
                LocalDate.of(2026, 10, 13), LocalDate.of(2026, 10, 29), LocalDate.of(2026, 11, 10));
        assertThat(weekly.get(2).title()).isEqualTo("Wekelijks huisartsenoverleg (verzet naar donderdag)");
        assertThat(weekly.get(2).recurrenceId()).isEqualTo("20261027T073000Z");
        assertThat(weekly.get(0).recurrenceId()).isEqualTo("20261006T063000Z");
    }

    @Test
    void aWindowsTimeZoneIsReadFromTheFilesOwnDefinitionOnBothSidesOfTheClockChange() {
        List<CalendarEvent> weekly = outlook().events().stream().filter(e -> e.uid().equals(WEEKLY)).toList();

        // 08:30 in Amsterdam: summer time (UTC+2) on 6 October, winter time (UTC+1) on 10 November.
        assertThat(weekly.getFirst().start()).isEqualTo(Instant.parse("2026-10-06T06:30:00Z"));
        assertThat(weekly.getLast().start()).isEqualTo(Instant.parse("2026-11-10T07:30:00Z"));
    }

    @Test
    void utcTimesAndOlsonZonesGiveTheDayInAmsterdam() {
        AgendaFile google = reader.read(AgendaPartners.file("google-agenda.ics"), null, null, NOW);

        CalendarEvent koffie = google.events().stream().filter(e -> e.title().startsWith("Koffie")).findFirst()
                .orElseThrow();
        assertThat(koffie.start()).isEqualTo(Instant.parse("2026-10-14T08:00:00Z"));
        // Friday evening runs, 19:00 Europe/Amsterdam, 30 October excluded, until 20 November.
        List<CalendarEvent> runs = google.events().stream().filter(e -> e.title().equals("Hardlopen")).toList();
        assertThat(runs).hasSize(7);
        assertThat(runs.getFirst().start()).isEqualTo(Instant.parse("2026-10-02T17:00:00Z"));
        assertThat(runs.getLast().start()).isEqualTo(Instant.parse("2026-11-20T18:00:00Z"));
    }

    @Test
    void aLateEveningInUtcIsTheNextDayInAmsterdam() throws Exception {
        Path file = folder.resolve("laat.ics");
        Files.writeString(file, """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:test
                BEGIN:VEVENT
                UID:laat-1
                DTSTART:20261110T233000Z
                DTEND:20261111T000000Z
                SUMMARY:Laat overleg
                END:VEVENT
                BEGIN:VEVENT
                UID:zwevend-1
                DTSTART:20261110T093000
                SUMMARY:Zwevende tijd
                END:VEVENT
                END:VCALENDAR
                """);

        AgendaFile read = reader.read(file, null, null, NOW);

        assertThat(read.events()).extracting(CalendarEvent::date)
                .containsExactly(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 11));
        // A time without a zone is the practice's: 09:30 in Amsterdam.
        assertThat(read.events().getFirst().start()).isEqualTo(Instant.parse("2026-11-10T08:30:00Z"));
    }

    @Test
    void privateCancelledAllDayAndFutureEventsAreLeftOutAndCounted() {
        AgendaFile read = outlook();

        assertThat(read.events()).extracting(CalendarEvent::title).doesNotContain("Eigen afspraak bij Anja Bakker",
                "Sollicitatiegesprek Gemeente Leiden", "Studiedag KNGF (Gemeente Leiden)", "Evaluatie verwijsafspraken",
                "Geannuleerd: Wekelijks huisartsenoverleg");
        assertThat(read.privates()).isEqualTo(2);
        assertThat(read.cancelled()).isEqualTo(1);
        assertThat(read.allDay()).isEqualTo(1);
        assertThat(read.outside()).isEqualTo(1);
    }

    @Test
    void thePeriodBoundsTheMeetingsBothDaysIncluded() {
        AgendaFile read = reader.read(AgendaPartners.file("outlook-agenda.ics"), LocalDate.of(2026, 11, 3),
                LocalDate.of(2026, 11, 12), NOW);

        assertThat(read.events()).extracting(CalendarEvent::date).allSatisfy(d ->
                assertThat(d).isBetween(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 12)));
        assertThat(read.events()).extracting(CalendarEvent::date).contains(LocalDate.of(2026, 11, 3),
                LocalDate.of(2026, 11, 12));
    }

    @Test
    void attendeesAndOrganiserGiveTheirAddresses() {
        CalendarEvent poh = outlook().events().stream().filter(e -> e.title().equals("Overleg POH ouderenzorg"))
                .findFirst().orElseThrow();

        assertThat(poh.emails()).containsExactlyInAnyOrder("eva@fysiodebrug.nl", "anja.bakker@hapdelinde.nl");
        assertThat(poh.location()).isEqualTo("Huisartsenpraktijk De Linde, Lindelaan 4, Leiden");
    }

    @Test
    void aFileThatIsNotAnAgendaIsRefusedWithItsName() throws Exception {
        Path csv = folder.resolve("partners.csv");
        Files.writeString(csv, "naam;plaats\nDe Linde;Leiden\n");

        assertThatThrownBy(() -> reader.read(csv, null, null, NOW)).isInstanceOf(VerbinderException.class)
                .satisfies(e -> assertThat(((VerbinderException) e).messageKey()).isEqualTo("agenda.error.not-calendar"));
    }

    @Test
    void anEmptyFileOrAnAgendaWithoutEventsIsRefusedAsEmpty() throws Exception {
        Path empty = folder.resolve("leeg.ics");
        Files.writeString(empty, "");
        Path noEvents = folder.resolve("geen.ics");
        Files.writeString(noEvents, "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:x\nEND:VCALENDAR\n");

        for (Path file : List.of(empty, noEvents)) {
            assertThatThrownBy(() -> reader.read(file, null, null, NOW))
                    .satisfies(e -> assertThat(((VerbinderException) e).messageKey()).isEqualTo("agenda.error.empty"));
        }
    }

    @Test
    void aMissingFileIsRefusedAsUnreadable() {
        assertThatThrownBy(() -> reader.read(folder.resolve("weg.ics"), null, null, NOW))
                .satisfies(e -> assertThat(((VerbinderException) e).messageKey()).isEqualTo("agenda.error.unreadable"));
    }
}
