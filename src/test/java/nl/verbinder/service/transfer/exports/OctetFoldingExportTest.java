package nl.verbinder.service.transfer.exports;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.component.VTodo;
import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.ContactKind;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.Partner;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** vCard and iCalendar lines are folded at 75 octets of UTF-8 after escaping, and unfold to what was written. */
class OctetFoldingExportTest {

    private static final String PARTNER = "Diëtistenpraktijk ’t Hart & Zoë’s Gezondheidscentrum voor Fysiotherapie, "
            + "Oefentherapie én Ergotherapie 😀";
    private static final String PERSON = "Prof. dr. Ëlçïñé Ñàüwënhövën-Ørjänsdöttir van der Ĳsselmondë-Wëstërvëld";
    private static final String NOTES = "Afspraken; over de ééndaagse cursus, “valpreventie” — met één, twéé "
            + "en drie 😀 deelnemers\nTweede regel: ‘Zoë’ spreekt ook 日本語 en 中文";
    private static final String FOLLOW_UP = "Folder ‘Bewegen voor ouderen’ sturen naar Zoë, Ëlçïñé en Ørjänsdöttir; "
            + "daarna bellen";

    @TempDir
    Path folder;

    private TestDatabase db;
    private ExportService exports;

    @BeforeEach
    void network() {
        db = TestDatabase.in(folder.resolve("db"));
        var s = db.services();
        Partner partner = s.partners().create(Partner.builder().name(PARTNER).category(Category.DIETITIAN)
                .street("Ëerste Wéteringdwarsstraat 123 ‘achterhuis’").postcode("3511ab").city("Utrecht").build());
        s.contactPersons().add(ContactPerson.newAt(partner.id(), PERSON, "Diëtiste én coördinator ketenzorg ouderen",
                "e.orjansdottir@thart.example", "06-12345678", null, NOTES));
        s.moments().log(ContactMoment.builder().partnerId(partner.id()).date(LocalDate.of(2026, 11, 2))
                .kind(ContactKind.IN_PERSON).summary("Kennismaking; “warme” overdracht besproken met Zoë en Ëlçïñé")
                .followUp(FOLLOW_UP).followUpDue(LocalDate.of(2026, 12, 1)).build());
        exports = s.exports();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest
    @EnumSource(VCardVersion.class)
    void everyVCardLineIsAtMost75OctetsAndTheCardReadsBackTheSame(VCardVersion version) throws Exception {
        Path out = folder.resolve("kaarten.vcf");

        exports.exportContactPersons(version, false, out, Progress.none());

        assertLinesFit(out);
        VCard card = new VCardReader(out).readNext();
        assertThat(card.getFormattedName().getValue()).isEqualTo(PERSON);
        assertThat(card.getOrganization().getValues()).containsExactly(PARTNER);
        assertThat(card.getNotes().getFirst().getValue()).isEqualTo(NOTES);
        assertThat(card.getTitles().getFirst().getValue()).isEqualTo("Diëtiste én coördinator ketenzorg ouderen");
    }

    @Test
    void everyCalendarLineIsAtMost75OctetsAndTheEventsReadBackTheSame() throws Exception {
        Path events = folder.resolve("afspraken.ics");
        Path tasks = folder.resolve("taken.ics");

        exports.exportFollowUps(CalendarStyle.EVENTS, Messages.dutch(), events, Progress.none());
        exports.exportFollowUps(CalendarStyle.TASKS, Messages.english(), tasks, Progress.none());

        assertLinesFit(events);
        assertLinesFit(tasks);
        ICalendar calendar = Biweekly.parse(events.toFile()).first();
        VEvent event = calendar.getEvents().getFirst();
        assertThat(event.getSummary().getValue()).contains(FOLLOW_UP).contains(PARTNER);
        assertThat(event.getDescription().getValue()).contains("Kennismaking; “warme” overdracht besproken met Zoë");
        VTodo task = Biweekly.parse(tasks.toFile()).first().getTodos().getFirst();
        assertThat(task.getSummary().getValue()).contains(FOLLOW_UP).contains(PARTNER);
    }

    @Test
    void foldingNeverSplitsACharacterAndUnfoldsToTheLine() {
        for (String piece : List.of("é", "’", "😀", "日", "a")) {
            for (int shift = 0; shift < 8; shift++) {
                String line = "SUMMARY:" + "x".repeat(shift) + piece.repeat(60);
                String folded = OctetFolding.fold(line);
                for (String physical : folded.split("\r\n")) {
                    assertThat(OctetFolding.octets(physical)).isLessThanOrEqualTo(75);
                    String content = physical.startsWith(" ") ? physical.substring(1) : physical;
                    assertThat(Character.isLowSurrogate(content.charAt(0))).as(physical).isFalse();
                    assertThat(Character.isHighSurrogate(content.charAt(content.length() - 1))).as(physical).isFalse();
                }
                assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
            }
        }
    }

    private static void assertLinesFit(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
        List<String> lines = List.of(text.split("\r\n"));
        assertThat(lines).hasSizeGreaterThan(5);
        assertThat(lines).allSatisfy(l -> assertThat(OctetFolding.octets(l)).as(l).isLessThanOrEqualTo(75));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(" ").matches(".*[^\\x00-\\x7F].*"));
    }
}
