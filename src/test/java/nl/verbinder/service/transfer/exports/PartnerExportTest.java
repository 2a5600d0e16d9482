package nl.verbinder.service.transfer.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.PartnerQuery;
import nl.verbinder.domain.PartnerStatus;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.transfer.NetworkFixture;
import nl.verbinder.service.transfer.PartnerColumn;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.service.transfer.TransferCancelledException;
import nl.verbinder.service.transfer.csv.CsvDialect;
import nl.verbinder.service.transfer.csv.SpreadsheetSafe;
import nl.verbinder.testutil.TestDatabase;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartnerExportTest {

    @TempDir
    Path folder;

    private TestDatabase db;
    private ExportService exports;
    private final Messages dutch = Messages.dutch();

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
    void standardProfileIsUtf8CommaWithoutBomWithIsoDatesAndCrLf() throws Exception {
        Path out = folder.resolve("partners.csv");

        ExportSummary summary = exports.exportPartners(PartnerQuery.all(), List.of(), CsvDialect.STANDARD, dutch, out,
                Progress.none());

        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes[0]).isNotEqualTo((byte) 0xEF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Naam,Categorie,Status,Adres,Postcode,Plaats,Telefoon,E-mail,Website,Eigenaar,"
                + "Labels,\"Laatste contact\"\r\n");
        assertThat(summary.written()).isEqualTo(4);
        List<CSVRecord> rows = parse(text, ',');
        CSVRecord yilmaz = row(rows, "Huisartsenpraktijk Yılmaz");
        assertThat(yilmaz.get(1)).isEqualTo("Huisarts");
        assertThat(yilmaz.get(11)).isEqualTo("2026-11-02");
        CSVRecord thart = row(rows, "Diëtistenpraktijk 't Hart");
        assertThat(thart.get(1)).isEqualTo("Diëtist");
        assertThat(thart.get(4)).isEqualTo("3511 AB");
        assertThat(thart.get(9)).isEqualTo("Joëlle de Wit");
        assertThat(thart.get(10)).isEqualTo("overgewicht, voeding");
    }

    @Test
    void excelProfileHasBomSemicolonAndDutchDates() throws Exception {
        Path out = folder.resolve("partners-excel.csv");

        exports.exportPartners(PartnerQuery.all(), List.of(PartnerColumn.NAME, PartnerColumn.LAST_CONTACT,
                PartnerColumn.NOTES), CsvDialect.EXCEL_NL, dutch, out, Progress.none());

        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).doesNotStartWith("sep=").startsWith("Naam;\"Laatste contact\";Notities\r\n");
        List<CSVRecord> rows = parse(text, ';');
        assertThat(row(rows, "Huisartsenpraktijk Yılmaz").get(1)).isEqualTo("02-11-2026");
        assertThat(row(rows, "Sportvereniging Hercules, Utrecht").get(1)).isEqualTo("10-01-2026");
    }

    @Test
    void quotesSeparatorsAndLineBreaksInsideCellsSurviveRfc4180Quoting() throws Exception {
        Path out = folder.resolve("notes.csv");

        exports.exportPartners(PartnerQuery.all(), List.of(PartnerColumn.NAME, PartnerColumn.NOTES),
                CsvDialect.EXCEL_NL, dutch, out, Progress.none());

        String text = Files.readString(out, StandardCharsets.UTF_8).substring(1);
        assertThat(text).contains("\"Samenwerking rond \"\"Gezond gewicht\"\";\nsinds 2024\"");
        assertThat(row(parse(text, ';'), "Diëtistenpraktijk 't Hart").get(1))
                .isEqualTo("Samenwerking rond \"Gezond gewicht\";\nsinds 2024");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulaAreNeutralised() throws Exception {
        Path out = folder.resolve("formula.csv");

        exports.exportPartners(PartnerQuery.all(), List.of(PartnerColumn.NAME, PartnerColumn.PHONE,
                PartnerColumn.NOTES), CsvDialect.STANDARD, dutch, out, Progress.none());

        List<CSVRecord> rows = parse(Files.readString(out), ',');
        CSVRecord formula = row(rows, "'=HYPERLINK(\"http://evil.example\")");
        assertThat(formula.get(2)).isEqualTo("'@SUM(1+1)");
        assertThat(row(rows, "Huisartsenpraktijk Yılmaz").get(1)).isEqualTo("'+31 30 765 4321");
        assertThat(SpreadsheetSafe.cell("-1")).isEqualTo("'-1");
        assertThat(SpreadsheetSafe.cell("\tx")).isEqualTo("'\tx");
        assertThat(SpreadsheetSafe.cell("\rx")).isEqualTo("'\rx");
        assertThat(SpreadsheetSafe.cell("Gewoon")).isEqualTo("Gewoon");
        assertThat(SpreadsheetSafe.restore("'=1+1")).isEqualTo("=1+1");
        assertThat(SpreadsheetSafe.restore("'t Hart")).isEqualTo("'t Hart");
    }

    @Test
    void exportsTheListAsFilteredOnly() throws Exception {
        Path out = folder.resolve("filtered.csv");

        ExportSummary summary = exports.exportPartners(PartnerQuery.all().withCategories(Set.of(Category.SPORTS_CLUB,
                Category.GP)).withStatuses(Set.of(PartnerStatus.PROSPECT)), List.of(PartnerColumn.NAME),
                CsvDialect.STANDARD, dutch, out, Progress.none());

        assertThat(summary.written()).isEqualTo(1);
        assertThat(Files.readString(out)).isEqualTo("Naam\r\n\"Sportvereniging Hercules, Utrecht\"\r\n");
    }

    @Test
    void headersAndLabelsFollowTheLanguage() throws Exception {
        Path out = folder.resolve("english.csv");

        exports.exportPartners(PartnerQuery.all().withSearch("yilmaz"), List.of(PartnerColumn.NAME,
                PartnerColumn.CATEGORY, PartnerColumn.STATUS), CsvDialect.STANDARD, Messages.english(), out,
                Progress.none());

        assertThat(Files.readString(out)).isEqualTo("Name,Category,Status\r\n\"Huisartsenpraktijk Yılmaz\","
                + "GP,Active\r\n");
    }

    @Test
    void fileIsReadableByItsOwnerOnlyAndNoTemporaryFileStays() throws Exception {
        Path out = folder.resolve("exports").resolve("partners.csv");

        exports.exportPartners(PartnerQuery.all(), List.of(), CsvDialect.STANDARD, dutch, out, Progress.none());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
        try (var files = Files.list(out.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("partners.csv");
        }
    }

    @Test
    void cancelledExportLeavesTheEarlierFileAsItWasAndNoPartialFile() throws Exception {
        Path out = folder.resolve("partners.csv");
        Files.writeString(out, "vorige export");
        AtomicInteger updates = new AtomicInteger();
        Progress cancelAfterTwo = Progress.of((done, total) -> updates.incrementAndGet(), () -> updates.get() >= 2);

        assertThatThrownBy(() -> exports.exportPartners(PartnerQuery.all(), List.of(), CsvDialect.STANDARD, dutch,
                out, cancelAfterTwo)).isInstanceOf(TransferCancelledException.class);

        assertThat(Files.readString(out)).isEqualTo("vorige export");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part"))).isEmpty();
        }
    }

    @Test
    void contactMomentsOfAPeriodWithNamesAndLabelsOldestFirst() throws Exception {
        Path out = folder.resolve("moments.csv");

        ExportSummary summary = exports.exportMoments(java.time.LocalDate.of(2026, 10, 1),
                java.time.LocalDate.of(2026, 11, 30), CsvDialect.EXCEL_NL, dutch, out, Progress.none());

        assertThat(summary.written()).isEqualTo(2);
        List<CSVRecord> rows = parse(Files.readString(out).substring(1), ';');
        assertThat(rows.getFirst().toList()).containsExactly("Datum", "Partner", "Soort", "Samenvatting",
                "Wat we boden", "Wat we vroegen", "Vervolgactie", "Vervolg uiterlijk", "Vervolg gedaan op",
                "Vastgelegd door", "Therapeuten", "Contactpersonen", "Gemeenschappelijke delers");
        assertThat(rows.get(1).toList()).containsExactly("15-10-2026", "Diëtistenpraktijk 't Hart", "Telefoon",
                "Afstemming menu's", "", "", "Terugbellen", "", "", "", "", "", "");
        assertThat(rows.get(2).toList()).containsExactly("02-11-2026", "Huisartsenpraktijk Yılmaz", "Persoonlijk",
                "Kennismaking; \"warme\" overdracht besproken", "Workshop valpreventie", "Verwijzingen",
                "Folder sturen", "01-12-2026", "", "Joëlle de Wit", "Joëlle de Wit", "Mehmet Yılmaz",
                "Valpreventie 65+");
    }

    @Test
    void reversedPeriodIsRefused() {
        assertThatThrownBy(() -> exports.exportMoments(java.time.LocalDate.of(2026, 12, 1),
                java.time.LocalDate.of(2026, 1, 1), CsvDialect.STANDARD, dutch, folder.resolve("x.csv"),
                Progress.none())).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errorFor("to").messageKey()).isEqualTo("transfer.export.period.reversed"));
        assertThat(folder.resolve("x.csv")).doesNotExist();
    }

    private static List<CSVRecord> parse(String text, char separator) throws Exception {
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180.builder().setDelimiter(separator).get())) {
            return parser.getRecords();
        }
    }

    private static CSVRecord row(List<CSVRecord> rows, String name) {
        return rows.stream().filter(r -> r.get(0).equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No row " + name + " in " + rows));
    }
}
