package nl.verbinder.service.insight;

import static nl.verbinder.testutil.ContactMomentBuilder.aMoment;
import static nl.verbinder.testutil.PartnerBuilder.aPartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.domain.attention.AttentionFilter;
import nl.verbinder.domain.attention.AttentionItem;
import nl.verbinder.domain.insight.Quarter;
import nl.verbinder.domain.insight.QuarterFigures;
import nl.verbinder.i18n.Messages;
import nl.verbinder.service.Services;
import nl.verbinder.service.transfer.Progress;
import nl.verbinder.testutil.TestDatabase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quarterly report as PDF, read back with PDFBox: pages, texts, figures, fonts, nothing off the page. */
class ReportServiceTest {

    private static final Quarter RUNNING = Quarter.of(TestDatabase.TODAY);

    @TempDir
    Path folder;

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theDemoPracticesReportHasItsNamePeriodFiguresAttentionAndAccents() throws IOException {
        try (TestDatabase db = TestDatabase.in(folder)) {
            Services s = db.services();
            s.demo().fill();
            Path pdf = folder.resolve("kwartaal.pdf");

            ReportSummary summary = s.reports().write(RUNNING, TestDatabase.TODAY, pdf, Messages.dutch(),
                    Progress.none());

            assertThat(summary.pages()).isBetween(1, 4);
            QuarterFigures figures = s.insights().quarterFigures(RUNNING, TestDatabase.TODAY);
            List<AttentionItem> attention = s.attention().overview(TestDatabase.TODAY, AttentionFilter.all()).items();
            assertThat(attention).isNotEmpty();
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                assertThat(document.getNumberOfPages()).isEqualTo(summary.pages());
                for (PDPage page : document.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertThat(font.isEmbedded()).as(font.getName() + " is embedded").isTrue();
                    }
                }
            }
            String text = text(pdf);
            assertThat(text).contains("Fysiotherapie De Beweegbrug", "Kwartaalrapport netwerk", "4e kwartaal 2026",
                    "01-10-2026 – 23-11-2026", "Kerncijfers van het kwartaal", "Contactmomenten per maand",
                    "Pagina 3 van 4");
            String nl = System.lineSeparator();
            assertThat(text).contains(figures.activePartners() + nl + "Actieve partners aan het eind",
                    figures.newPartners() + nl + "Nieuwe partners", figures.contactMoments() + nl + "Contactmomenten",
                    figures.followUpsDone() + nl + "Vervolgacties afgerond",
                    figures.followUpsOverdue() + nl + "Vervolgacties te laat",
                    figures.goalsAchieved() + nl + "Gemeenschappelijke delers");
            assertThat(text).contains(attention.getFirst().partnerName());
            assertThat(text).as("accents round-trip through the embedded font").contains("Diëtist", "Patiëntenorganisatie");
        }
    }

    @Test
    void theFiguresAreComparedWithTheQuarterBeforeTheChartsMarkTheQuarterAndTheColoursAreExplained()
            throws IOException {
        try (TestDatabase db = TestDatabase.in(folder)) {
            Services s = db.services();
            s.demo().fill();
            Path pdf = folder.resolve("kwartaal.pdf");
            QuarterFigures now = s.insights().quarterFigures(RUNNING, TestDatabase.TODAY);
            QuarterFigures before = s.insights().quarterFigures(RUNNING.previous(), TestDatabase.TODAY);

            s.reports().write(RUNNING, TestDatabase.TODAY, pdf, Messages.dutch(), Progress.none());

            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                String first = page(document, 1);
                int change = now.contactMoments() - before.contactMoments();
                String moments = change == 0 ? "gelijk aan het 3e kwartaal 2026"
                        : (change > 0 ? "+" : "\u2212") + Math.abs(change) + " tegenover " + before.contactMoments()
                        + " in het 3e kwartaal 2026";
                assertThat(first.replace(System.lineSeparator(), " ")).contains(moments);
                assertThat(first).as("the attention list's dots explained").contains("Dringend", "Aandacht");
                String charts = page(document, 2);
                assertThat(charts.split("4e kwartaal 2026", -1)).as("the quarter named over its months too")
                        .hasSizeGreaterThanOrEqualTo(3);
                String map = page(document, 3);
                assertThat(map).as("the sector table's columns named").contains("In orde", "Aandacht", "Dringend")
                        .doesNotContain("Aandac…");
                assertThat(charts).as("the factor chart's labels whole").contains("Zorg- en welzijnsvoorzieningen")
                        .doesNotContain("welzijnsvoo…").doesNotContain("welzijnsvoorzienin…");
                assertThat(map).as("category names whole, not cut").contains("Welzijnsorganisatie")
                        .doesNotContain("Welzijnsorganisati…");
            }
        }
    }

    private static String page(PDDocument document, int number) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        return stripper.getText(document);
    }

    @Test
    void theEnglishReportHasEnglishHeadings() throws IOException {
        try (TestDatabase db = TestDatabase.in(folder)) {
            db.services().demo().fill();
            Path pdf = folder.resolve("quarter.pdf");

            db.services().reports().write(RUNNING, TestDatabase.TODAY, pdf, Messages.english(), Progress.none());

            assertThat(text(pdf)).contains("Quarterly network report", "Q4 2026", "Headline figures of the quarter",
                    "Contact moments per month", "Page 1 of 4", "01/10/2026").doesNotContain("Kerncijfers");
        }
    }

    @Test
    void aPastQuarterLooksAtItsLastDayAndAnEmptyPracticeStillGetsAReportUnderTheNameGiven() throws IOException {
        try (TestDatabase db = TestDatabase.in(folder)) {
            Path pdf = folder.resolve("leeg.pdf");

            ReportSummary summary = db.services().reports().write(Quarter.parse("2026Q3"), TestDatabase.TODAY, pdf,
                    Messages.dutch(), Progress.none(), "Fysio De Brug");

            assertThat(summary.pages()).isEqualTo(3);
            assertThat(text(pdf)).contains("Fysio De Brug", "01-07-2026 – 30-09-2026",
                    "Op 30-09-2026 vroeg geen enkele partner aandacht", "Er zijn nog geen partners om te tonen");
        }
    }

    @Test
    void aPracticeWithoutANameGetsNoReportWithAPlaceholder() {
        try (TestDatabase db = TestDatabase.in(folder)) {
            Path pdf = folder.resolve("naamloos.pdf");

            assertThatThrownBy(() -> db.services().reports().write(Quarter.parse("2026Q3"), TestDatabase.TODAY, pdf,
                    Messages.dutch(), Progress.none())).isInstanceOfSatisfying(VerbinderException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("insights.report.no-practice-name"));
            assertThatThrownBy(() -> db.services().reports().write(Quarter.parse("2026Q3"), TestDatabase.TODAY, pdf,
                    Messages.dutch(), Progress.none(), " ")).isInstanceOf(VerbinderException.class);
            assertThat(pdf).doesNotExist();
            assertThat(db.services().reports().practiceName()).isEmpty();
        }
    }

    @Test
    void longNamesAreCutWithAnEllipsisAndNoTextLeavesThePage() throws IOException {
        try (TestDatabase db = TestDatabase.in(folder)) {
            Services s = db.services();
            String longName = "Stichting " + "Samenwerkende Eerstelijnszorgaanbieders ".repeat(4) + "Amersfoort-Noord";
            long id = s.partners().create(aPartner().named(longName).inCategory(Category.WELFARE).build()).id();
            s.moments().log(aMoment().with(id).on(LocalDate.of(2026, 1, 5))
                    .followUp("Bellen over " + "de gezamenlijke aanpak van valpreventie ".repeat(8),
                            LocalDate.of(2026, 2, 1)).build());
            Path pdf = folder.resolve("lang.pdf");

            s.reports().write(RUNNING, TestDatabase.TODAY, pdf, Messages.dutch(), Progress.none(), "Fysio De Brug");

            List<String> offPage = new ArrayList<>();
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) throws IOException {
                        for (TextPosition p : positions) {
                            if (p.getXDirAdj() < 0 || p.getXDirAdj() + p.getWidthDirAdj() > p.getPageWidth() + 0.5
                                    || p.getYDirAdj() < 0 || p.getYDirAdj() > p.getPageHeight()) {
                                offPage.add(text);
                                return;
                            }
                        }
                        super.writeString(text, positions);
                    }
                };
                String text = stripper.getText(document);
                assertThat(text).contains("Stichting Samenwerkende").contains("…").doesNotContain(longName);
            }
            assertThat(offPage).isEmpty();
        }
    }

    @Test
    void aFutureQuarterAndAFolderAsTargetAreRefusedAndLeaveNoFile() throws IOException {
        try (TestDatabase db = TestDatabase.in(folder)) {
            Path pdf = folder.resolve("toekomst.pdf");
            assertThatThrownBy(() -> db.services().reports().write(Quarter.parse("2027Q1"), TestDatabase.TODAY, pdf,
                    Messages.dutch(), Progress.none()))
                    .isInstanceOfSatisfying(VerbinderException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("insights.quarter.future"));
            assertThatThrownBy(() -> db.services().reports().write(RUNNING, TestDatabase.TODAY, folder,
                    Messages.dutch(), Progress.none()))
                    .isInstanceOfSatisfying(VerbinderException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("insights.report.target-is-folder"));
            try (var files = Files.list(folder)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".pdf")
                        || n.endsWith(".part"));
            }
        }
    }
}
