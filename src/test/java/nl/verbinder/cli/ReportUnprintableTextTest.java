package nl.verbinder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report prints emoji and CJK, which its font has no glyphs for, as a visible square, never as "?". */
class ReportUnprintableTextTest {

    @TempDir
    Path folder;

    @Test
    void emojiAndCjkInANamePrintAsSquaresNotQuestionMarks() throws Exception {
        Path db = folder.resolve("praktijk.db");
        assertThat(CliRun.on(db, "partner", "add", "--name", "Bakkerij 🍞 Zoë 東京", "--category", "other")
                .exitCode()).isZero();
        assertThat(CliRun.on(db, "partner", "add", "--name", "Gezin 👨‍👩‍👧 Sportclub 👍🏽", "--category", "other")
                .exitCode()).isZero();
        assertThat(CliRun.on(db, "log", "--partner", "Bakkerij", "--kind", "telefoon", "--summary", "Kennismaking",
                "--date", "2026-11-02").exitCode()).isZero();
        assertThat(CliRun.on(db, "log", "--partner", "Gezin", "--kind", "telefoon", "--summary", "Afspraak",
                "--date", "2026-11-03").exitCode()).isZero();
        Path pdf = folder.resolve("rapport.pdf");

        CliRun run = CliRun.on(db, "report", "--quarter", "2026Q4", "--out", pdf.toString(), "--today", "2026-11-23",
                "--practice", "Fysio Oost");

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Bakkerij □ Zoë □□", "Gezin □ Sportclub □").doesNotContain("?");
        }
    }
}
