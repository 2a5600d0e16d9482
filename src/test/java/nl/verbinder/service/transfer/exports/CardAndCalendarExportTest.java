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
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.transfer.NetworkFixture;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.testutil.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardAndCalendarExportTest {

    @TempDir
    Path folder;

    private TestDatabase db;
    private ExportService exports;

    @BeforeEach
    void open() {
        db = TestDatabase.in(folder);
        new NetworkFixture(db.services());
        exports = db.services().exports();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void vCard30ByDefaultWithNameSplitOrganisationAndAccents() throws Exception {
        Path out = folder.resolve("contacten.vcf");

        ExportSummary summary = exports.exportContactPersons(VCardVersion.V3, false, out, Progress.none());

        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(text).contains("VERSION:3.0").doesNotContain("PRODID");
        List<VCard> cards = new VCardReader(text).readAll();
        assertThat(summary.written()).isEqualTo(2);
        assertThat(cards).hasSize(2);
        VCard anna = cards.getFirst();
        assertThat(anna.getFormattedName().getValue()).isEqualTo("Anna 't Hart");
        assertThat(anna.getStructuredName().getGiven()).isEqualTo("Anna");
        assertThat(anna.getStructuredName().getFamily()).isEqualTo("'t Hart");
        assertThat(anna.getOrganization().getValues()).containsExactly("Diëtistenpraktijk 't Hart");
        assertThat(anna.getTitles().getFirst().getValue()).isEqualTo("Diëtist");
        assertThat(anna.getEmails().getFirst().getValue()).isEqualTo("anna@thart.example");
        assertThat(anna.getTelephoneNumbers().getFirst().getTypes()).extracting(Object::toString).contains("cell");
        assertThat(anna.getAddresses().getFirst().getPostalCode()).isEqualTo("3511 AB");
        assertThat(anna.getUrls().getFirst().getValue()).isEqualTo("https://www.linkedin.com/in/annathart");
        VCard mehmet = cards.get(1);
        assertThat(mehmet.getFormattedName().getValue()).isEqualTo("Mehmet Yılmaz");
        assertThat(mehmet.getStructuredName().getFamily()).isEqualTo("Yılmaz");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
    }

    @Test
    void vCard40OnRequest() throws Exception {
        Path out = folder.resolve("contacten-4.vcf");

        exports.exportContactPersons(VCardVersion.V4, false, out, Progress.none());

        VCard first = new VCardReader(out).readNext();
        assertThat(first.getVersion()).isEqualTo(ezvcard.VCardVersion.V4_0);
        assertThat(first.getFormattedName().getValue()).isEqualTo("Anna 't Hart");
    }

    @Test
    void oneFilePerPersonForOutlookWithSafeUniqueNames() throws Exception {
        Path out = folder.resolve("kaarten");
        db.services().contactPersons().add(ContactPerson.newAt(db.services().partners().resolve("Yılmaz").id(),
                "Mehmet Yılmaz", "Assistent", null, null, null, null));

        ExportSummary summary = exports.exportContactPersons(VCardVersion.V3, true, out, Progress.none());

        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    "Anna 't Hart - Diëtistenpraktijk 't Hart.vcf",
                    "Mehmet Yılmaz - Huisartsenpraktijk Yılmaz (2).vcf",
                    "Mehmet Yılmaz - Huisartsenpraktijk Yılmaz.vcf");
        }
        assertThat(summary.files()).hasSize(3);
        for (Path file : summary.files()) {
            assertThat(new VCardReader(file).readAll()).hasSize(1);
        }

        exports.exportContactPersons(VCardVersion.V3, true, out, Progress.none());
        try (var files = Files.list(out)) {
            assertThat(files.count()).as("a new export replaces the files of the last one").isEqualTo(3);
        }
    }

    @Test
    void openFollowUpsBecomeAllDayEventsOnTheirDueDate() throws Exception {
        Path out = folder.resolve("vervolg.ics");

        ExportSummary summary = exports.exportFollowUps(CalendarStyle.EVENTS, Messages.dutch(), out, Progress.none());

        String text = Files.readString(out);
        assertThat(text).contains("BEGIN:VCALENDAR").contains("METHOD:PUBLISH")
                .contains("DTSTART;VALUE=DATE:20261201").contains("DTEND;VALUE=DATE:20261202")
                .contains("X-WR-CALNAME:Verbinder: vervolgacties");
        ICalendar calendar = Biweekly.parse(text).first();
        assertThat(summary.written()).isEqualTo(1);
        assertThat(summary.leftOut()).isEqualTo(1);
        VEvent event = calendar.getEvents().getFirst();
        assertThat(event.getSummary().getValue()).isEqualTo("Folder sturen (Huisartsenpraktijk Yılmaz)");
        assertThat(event.getDescription().getValue()).contains("Huisartsenpraktijk Yılmaz").contains("02-11-2026")
                .contains("Kennismaking");
        assertThat(event.getUid().getValue()).startsWith("follow-up-");
    }

    @Test
    void followUpsAsTasksKeepThoseWithoutADueDate() throws Exception {
        Path out = folder.resolve("taken.ics");

        ExportSummary summary = exports.exportFollowUps(CalendarStyle.TASKS, Messages.english(), out, Progress.none());

        ICalendar calendar = Biweekly.parse(out.toFile()).first();
        assertThat(summary.written()).isEqualTo(2);
        assertThat(calendar.getTodos()).extracting(t -> t.getSummary().getValue())
                .containsExactly("Folder sturen (Huisartsenpraktijk Yılmaz)", "Terugbellen (Diëtistenpraktijk 't Hart)");
        VTodo first = calendar.getTodos().getFirst();
        assertThat(first.getDateDue().getValue().hasTime()).isFalse();
        assertThat(calendar.getTodos().get(1).getDateDue()).isNull();
    }
}
