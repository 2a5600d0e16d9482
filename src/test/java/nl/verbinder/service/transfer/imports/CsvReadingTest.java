package nl.verbinder.service.transfer.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nl.verbinder.service.transfer.TextFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvReadingTest {

    private static final Path FILE = Path.of("lijst.csv");

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Naam;Plaats;Notities\\nA;Utrecht;"Een, twee"\\nB;Zeist;              | ;
            Naam,Plaats,Notities\\nA,Utrecht,"Een; twee"\\nB,Zeist,               | ,
            Naam\\tPlaats\\nA\\tUtrecht\\n                                         | \\t
            "Naam;met;puntkomma",Plaats\\nA,B\\n                                  | ,
            Naam\\nA\\nB\\n                                                       | ,
            """)
    void separatorIsTheOneThatSplitsTheHeaderAndRowsAlike(String text, String separator) {
        String real = text.replace("\\n", "\n").replace("\\t", "\t");

        CsvTable table = read(real);

        assertThat(String.valueOf(table.separator())).isEqualTo(separator.replace("\\t", "\t"));
    }

    @Test
    void rowsAreNumberedAsASpreadsheetShowsThemEvenWithLineBreaksInCells() {
        CsvTable table = read("Naam,Notities\nA,\"regel 1\nregel 2\nregel 3\"\n\nB,x\nC,y\n");

        assertThat(table.headerRow()).isEqualTo(1);
        assertThat(table.rows()).extracting(CsvTable.Row::number, CsvTable.Row::line, r -> r.cell(0))
                .containsExactly(tuple(2, 2, "A"), tuple(4, 6, "B"), tuple(5, 7, "C"));
    }

    @Test
    void aBrokenQuoteIsReportedWithRowAndColumnAndReadingGoesOn() {
        CsvTable table = read("Naam,Plaats,Notities\nA,Utrecht,ok\nB,\"Zeist\"x,kapot\nC,Amersfoort,ok\n"
                + "D,Houten,\"nooit gesloten\nE,Bunnik,ok\n");

        assertThat(table.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(tuple(3, "Plaats", "transfer.import.csv.broken-quote"),
                        tuple(5, "Notities", "transfer.import.csv.broken-quote"));
        assertThat(table.rows()).extracting(CsvTable.Row::number, r -> r.cell(0))
                .containsExactly(tuple(2, "A"), tuple(4, "C"), tuple(6, "E"));
    }

    @Test
    void excelsSepLineIsHonouredAndNotCounted() {
        CsvTable table = read("sep=|\nNaam|Plaats\nA|Utrecht\n");

        assertThat(table.separator()).isEqualTo('|');
        assertThat(table.header()).containsExactly("Naam", "Plaats");
        assertThat(table.rows().getFirst().number()).isEqualTo(2);
    }

    @Test
    void encodingsAreRecognised() {
        String text = "Naam\nDiëtist 't Hart\n";
        TextFile utf8 = TextFile.decode(text.getBytes(StandardCharsets.UTF_8));
        TextFile bom = TextFile.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                text.getBytes(StandardCharsets.UTF_8)));
        TextFile windows = TextFile.decode(text.getBytes(TextFile.WINDOWS_1252));
        TextFile utf16 = TextFile.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                text.getBytes(StandardCharsets.UTF_16LE)));

        assertThat(List.of(utf8, bom, windows, utf16)).extracting(TextFile::text).containsOnly(text);
        assertThat(List.of(utf8, bom, windows, utf16)).extracting(TextFile::encodingName)
                .containsExactly("UTF-8", "UTF-8 BOM", "Windows-1252", "UTF-16LE");
    }

    @Test
    void columnOfABrokenQuoteIsFound() {
        assertThat(CsvReading.brokenColumn("a,\"b\"x,c", ',')).isEqualTo(1);
        assertThat(CsvReading.brokenColumn("a;b;\"nooit", ';')).isEqualTo(2);
        assertThat(CsvReading.brokenColumn("\"a \"\"b\"\"\" c,d", ',')).isEqualTo(0);
    }

    private static CsvTable read(String text) {
        return CsvReading.read(FILE, TextFile.decode(text.getBytes(StandardCharsets.UTF_8)), CsvReading::notBlank,
                "transfer.import.partners.no-header");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
