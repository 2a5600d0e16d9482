package nl.verbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.verbinder.testutil.TestDatabase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report}: the quarterly report from the command line, end to end. */
class ReportCommandTest {

    @TempDir
    Path folder;

    @Test
    void writesTheQuartersReportAndSaysWhere() throws Exception {
        Path db = folder.resolve("praktijk.db");
        assertThat(CliRun.on(db, "partner", "add", "--name", "Diëtistenpraktijk Smaakvol", "--category", "dietist")
                .exitCode()).isZero();
        assertThat(CliRun.on(db, "log", "--partner", "Smaakvol", "--kind", "telefoon", "--summary", "Kennismaking",
                "--date", "2026-11-02").exitCode()).isZero();
        Path pdf = folder.resolve("rapport.pdf");

        CliRun run = CliRun.on(db, "report", "--quarter", "2026Q4", "--out", pdf.toString(), "--today", "2026-11-23",
                "--practice", "Fysiotherapie De Brug");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("4e kwartaal 2026", pdf.toString(), "3 pagina's");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Fysiotherapie De Brug", "Diëtistenpraktijk Smaakvol", "01-10-2026 – 23-11-2026");
        }
    }

    @Test
    void aPracticeWithoutANameIsRefusedWithAClearMessageAndNoFile() {
        Path pdf = folder.resolve("naamloos.pdf");

        CliRun run = CliRun.on(folder.resolve("praktijk.db"), "report", "--quarter", "2026Q3", "--out", pdf.toString(),
                "--today", "2026-11-23");
        CliRun blank = CliRun.on(folder.resolve("praktijk.db"), "report", "--quarter", "2026Q3", "--out",
                pdf.toString(), "--today", "2026-11-23", "--practice", "  ");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run.err()).contains("De praktijk heeft nog geen naam", "--practice");
        assertThat(blank.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(pdf).doesNotExist();
    }

    @Test
    void withoutAQuarterTheLastEndedQuarterIsReported() throws Exception {
        Path pdf = folder.resolve("vorig.pdf");

        CliRun run = CliRun.on(folder.resolve("praktijk.db"), TestDatabase.fixedClock(LocalDate.of(2026, 11, 23)),
                "--lang", "en", "report", "--out", pdf.toString(), "--practice", "De Brug Physiotherapy");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Q3 2026");
        assertThat(Files.size(pdf)).isPositive();
    }

    @Test
    void aBadOrFutureQuarterIsRefusedWithAClearMessageAndNoFile() {
        Path pdf = folder.resolve("fout.pdf");

        CliRun bad = CliRun.on(folder.resolve("praktijk.db"), "report", "--quarter", "2026Q5", "--out", pdf.toString());
        CliRun future = CliRun.on(folder.resolve("praktijk.db"), "report", "--quarter", "2099Q1", "--out",
                pdf.toString(), "--today", "2026-11-23");
        CliRun missing = CliRun.on(folder.resolve("praktijk.db"), "report", "--quarter", "2026Q3");

        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("'2026Q5' is geen kwartaal", "2026Q3");
        assertThat(future.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(future.err()).contains("2099Q1 is nog niet begonnen");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("--out");
        assertThat(pdf).doesNotExist();
    }
}
