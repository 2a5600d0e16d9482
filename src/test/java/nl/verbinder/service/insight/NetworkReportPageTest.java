package nl.verbinder.service.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import nl.verbinder.domain.insight.Quarter;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.testutil.TestDatabase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quarterly report's page on the networks, read back from the PDF. */
class NetworkReportPageTest {

    @TempDir
    Path folder;

    private static String page(Path pdf, int number) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(number);
            stripper.setEndPage(number);
            return stripper.getText(document);
        }
    }

    @Test
    void theDemoPracticesReportHasAPageWithItsNetworksReviewsAndAttention() throws IOException {
        try (TestDatabase db = TestDatabase.in(folder)) {
            db.services().demo().fill();
            Path pdf = folder.resolve("kwartaal.pdf");

            ReportSummary summary = db.services().reports().write(Quarter.of(TestDatabase.TODAY), TestDatabase.TODAY,
                    pdf, Messages.dutch(), Progress.none());

            assertThat(summary.pages()).isEqualTo(4);
            String text = page(pdf, 4);
            assertThat(text).contains("Netwerken waar de praktijk aan deelneemt, op 23-11-2026", "Pagina 4 van 4",
                    "Valpreventieketen Amersfoort", "Beweegnetwerk Amersfoort-Noord",
                    "Landelijk Netwerk Longfysiotherapie (COPD)", "Institutionaliseren", "besluit: Loslaten",
                    "'ZorgSamen Midden: module netwerkzorg COPD' hangt af van ons lidmaatschap");
            assertThat(text.replace(System.lineSeparator(), " ")).contains("gemiddeld 3,2 van 4 (de vorige keer 2,7)");
        }
    }

    @Test
    void aPracticeWithoutNetworksKeepsThreePages() throws IOException {
        try (TestDatabase db = TestDatabase.in(folder)) {
            Path pdf = folder.resolve("leeg.pdf");

            ReportSummary summary = db.services().reports().write(Quarter.of(TestDatabase.TODAY), TestDatabase.TODAY,
                    pdf, Messages.english(), Progress.none(), "De Brug Physiotherapy");

            assertThat(summary.pages()).isEqualTo(3);
            assertThat(page(pdf, 3)).contains("Page 3 of 3").doesNotContain("Networks the practice takes part in");
        }
    }
}
