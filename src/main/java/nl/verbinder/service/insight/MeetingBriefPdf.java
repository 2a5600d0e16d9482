package nl.verbinder.service.insight;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import nl.verbinder.domain.brief.BriefSection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The meeting brief ("Gesprek voorbereiden") as one A4 page, in the quarterly report's style
 * (its canvas, DejaVu Sans, margins and colours): the title, then each section's heading with a
 * rule under it and its lines. Long texts are shortened so that the brief stays one page.
 */
public final class MeetingBriefPdf {

    private static final float LEFT = PdfCanvas.MARGIN;
    private static final float CONTENT = PdfCanvas.WIDTH - 2 * PdfCanvas.MARGIN;
    private static final float BOTTOM = PdfCanvas.HEIGHT - PdfCanvas.MARGIN - 18;

    private MeetingBriefPdf() {
    }

    public static void write(String title, List<BriefSection> sections, String footer, OutputStream out)
            throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfCanvas.Fonts fonts = PdfCanvas.Fonts.load(document);
            try (PdfCanvas page = new PdfCanvas(document, fonts)) {
                PDType0Font bold = fonts.bold;
                PDType0Font regular = fonts.regular;
                float top = page.paragraph(title, LEFT, PdfCanvas.MARGIN, CONTENT, bold, 16, PdfCanvas.BLACK, 2) + 6;
                int lines = sections.stream().mapToInt(s -> s.lines().size()).sum();
                // Many lines: a smaller size, so everything fits the page.
                float size = lines > 40 ? 8f : lines > 28 ? 9f : 10f;
                for (BriefSection section : sections) {
                    if (top > BOTTOM - 30) {
                        break;
                    }
                    top += 6;
                    page.text(section.heading(), LEFT, top + 11, bold, 11, PdfCanvas.BLACK, CONTENT);
                    top += 15;
                    page.line(LEFT, top, LEFT + CONTENT, top, PdfCanvas.LIGHT, 0.5f);
                    top += 3;
                    for (String line : section.lines()) {
                        if (top > BOTTOM) {
                            break;
                        }
                        top = page.paragraph(line, LEFT + 6, top, CONTENT - 6, regular, size, PdfCanvas.BLACK, 3);
                    }
                }
                page.text(footer, LEFT, PdfCanvas.HEIGHT - PdfCanvas.MARGIN + 12, regular, 8, PdfCanvas.GREY, CONTENT);
            }
            document.save(out);
        }
    }
}
