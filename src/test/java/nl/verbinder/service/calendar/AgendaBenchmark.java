package nl.verbinder.service.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.verbinder.domain.calendar.CalendarEvent;
import nl.verbinder.domain.calendar.EventMatcher;
import nl.verbinder.domain.calendar.MomentProposal;
import nl.verbinder.domain.calendar.PartnerDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench case of the agenda import: a year's agenda of 1,000 meetings (900 single events and
 * ten weekly series of ten) read and matched against 10,000 partners with two contact persons
 * each, in under 500 ms of the thread's CPU time (the best of five runs; CPU time, because the
 * machines that run the tests are shared, and wall-clock time there says more about the
 * neighbours than about this code; the wall-clock time is printed beside it).
 */
class AgendaBenchmark {

    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static final Instant NOW = Instant.parse("2026-12-31T12:00:00Z");

    @TempDir
    Path folder;

    @Test
    void aThousandMeetingsAreReadAndMatchedAgainstTenThousandPartnersInUnderHalfASecond() throws Exception {
        Path file = folder.resolve("jaar.ics");
        Files.writeString(file, agenda());
        PartnerDirectory directory = directory();
        AgendaReader reader = new AgendaReader(AgendaImportService.PRACTICE_ZONE);

        long best = Long.MAX_VALUE;
        long bestWall = Long.MAX_VALUE;
        int events = 0;
        int matched = 0;
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            long cpuStart = CPU.getCurrentThreadCpuTime();
            AgendaFile read = reader.read(file, null, null, NOW);
            EventMatcher matcher = new EventMatcher(directory);
            matched = 0;
            for (CalendarEvent event : read.events()) {
                Optional<MomentProposal> proposal = matcher.match(event);
                if (proposal.isPresent()) {
                    matched++;
                }
            }
            events = read.events().size();
            best = Math.min(best, (CPU.getCurrentThreadCpuTime() - cpuStart) / 1_000_000);
            bestWall = Math.min(bestWall, (System.nanoTime() - start) / 1_000_000);
        }

        System.out.printf("agenda bench: %d events read, %d matched, best of 5: %d ms CPU, %d ms wall clock%n",
                events, matched, best, bestWall);
        assertThat(events).isEqualTo(1_000);
        assertThat(matched).isEqualTo(730);
        assertThat(best).isLessThan(500);
    }

    /** 900 single meetings (7 in 10 with a partner: by e-mail, domain or name) and ten weekly series of ten. */
    private static String agenda() {
        StringBuilder ics = new StringBuilder("""
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Verbinder//bench//NL
                BEGIN:VTIMEZONE
                TZID:Europe/Amsterdam
                BEGIN:DAYLIGHT
                TZOFFSETFROM:+0100
                TZOFFSETTO:+0200
                DTSTART:19700329T020000
                RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
                END:DAYLIGHT
                BEGIN:STANDARD
                TZOFFSETFROM:+0200
                TZOFFSETTO:+0100
                DTSTART:19701025T030000
                RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
                END:STANDARD
                END:VTIMEZONE
                """);
        for (int i = 0; i < 900; i++) {
            int day = 1 + i % 28;
            int month = 1 + (i / 28) % 12;
            int partner = (i * 37) % 10_000;
            ics.append("BEGIN:VEVENT\nUID:bench-").append(i).append("@verbinder\n")
                    .append(String.format("DTSTART;TZID=Europe/Amsterdam:2026%02d%02dT%02d0000%n", month, day, 8 + i % 9));
            switch (i % 10) {
                case 0, 1, 2 -> ics.append("SUMMARY:Overleg\nATTENDEE:mailto:persoon").append(partner)
                        .append("a@partner").append(partner).append(".nl\n");
                case 3, 4 -> ics.append("SUMMARY:Afstemming\nATTENDEE:mailto:iemand@partner").append(partner)
                        .append(".nl\n");
                case 5, 6 -> ics.append("SUMMARY:Koffie met Partner ").append(partner).append(" Zorg\nLOCATION:Leiden\n");
                default -> ics.append("SUMMARY:Eigen werk ").append(i).append("\nATTENDEE:mailto:collega@gmail.com\n");
            }
            ics.append("END:VEVENT\n");
        }
        for (int s = 0; s < 10; s++) {
            ics.append("BEGIN:VEVENT\nUID:bench-series-").append(s).append("@verbinder\n")
                    .append(String.format("DTSTART;TZID=Europe/Amsterdam:202603%02dT090000%n", 2 + s))
                    .append("RRULE:FREQ=WEEKLY;COUNT=10\nSUMMARY:Wekelijks\nATTENDEE:mailto:persoon").append(s)
                    .append("b@partner").append(s).append(".nl\nEND:VEVENT\n");
        }
        return ics.append("END:VCALENDAR\n").toString();
    }

    private static PartnerDirectory directory() {
        List<PartnerDirectory.Entry> partners = new ArrayList<>();
        for (int p = 0; p < 10_000; p++) {
            partners.add(new PartnerDirectory.Entry(p + 1, "Partner " + p + " Zorg", "https://www.partner" + p + ".nl",
                    "info@partner" + p + ".nl", List.of(
                            new PartnerDirectory.Person(100_000 + p, "Anja Persoon" + p, "persoon" + p + "a@partner" + p + ".nl"),
                            new PartnerDirectory.Person(200_000 + p, "Bram Persoon" + p, "persoon" + p + "b@partner" + p + ".nl"))));
        }
        return new PartnerDirectory(partners);
    }
}
