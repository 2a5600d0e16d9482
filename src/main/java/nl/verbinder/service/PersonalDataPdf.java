package nl.verbinder.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.verbinder.domain.Mention;
import nl.verbinder.domain.PersonalData;
import nl.verbinder.i18n.Messages;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The readable copy of what Verbinder holds about a person, for the practice to send to them:
 * plain A4 pages of headed sections in DejaVu Sans (the quarterly report's embedded font),
 * with the practice's name and the date at the top.
 */
final class PersonalDataPdf {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final Messages m;
    private PDDocument document;
    private PDType0Font regular;
    private PDType0Font bold;
    private PDPageContentStream stream;
    private float y;

    PersonalDataPdf(Messages messages) {
        this.m = messages;
    }

    void write(PersonalData data, List<String> history, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            document = doc;
            regular = font("DejaVuSans.ttf");
            bold = font("DejaVuSans-Bold.ttf");
            doc.getDocumentInformation().setTitle(m.get("privacy.pdf.title", data.name()));
            doc.getDocumentInformation().setCreator("Verbinder");
            newPage();
            String practice = data.practiceName().isBlank() ? m.get("privacy.pdf.no-practice") : data.practiceName();
            line(practice, bold, 16);
            line(m.get("privacy.pdf.title", data.name()), bold, 13);
            line(m.get("privacy.pdf.date", m.date(LocalDate.ofInstant(data.made(), ZoneId.systemDefault()))),
                    regular, 10);
            paragraph(m.get("privacy.pdf.intro"), regular, 10);
            gap();

            heading(m.get("privacy.section.record"));
            for (PersonalData.Field f : data.record()) {
                field(m.get(f.labelKey()), f.valueLabelKey() == null || f.value() == null ? f.value()
                        : m.get(f.valueLabelKey()));
            }

            heading(m.get("privacy.section.moments", data.moments().size()));
            if (data.moments().isEmpty()) {
                paragraph(m.get("privacy.none"), regular, 10);
            }
            for (PersonalData.Moment moment : data.moments()) {
                paragraph(moment.date() + " · " + moment.partnerName() + " · " + moment.summary(), regular, 10);
                field(m.get("privacy.field.offered"), moment.offered());
                field(m.get("privacy.field.asked"), moment.asked());
                field(m.get("privacy.field.follow-up"), moment.followUp());
            }

            heading(m.get("privacy.section.mentions", data.mentions().size()));
            if (data.mentions().isEmpty()) {
                paragraph(m.get("privacy.none"), regular, 10);
            }
            for (Mention mention : data.mentions()) {
                paragraph(MentionTexts.where(m, mention) + ": " + mention.snippet(), regular, 10);
            }

            heading(m.get("privacy.section.imports", data.imports().size()));
            if (data.imports().isEmpty()) {
                paragraph(m.get("privacy.none"), regular, 10);
            }
            for (PersonalData.Import i : data.imports()) {
                paragraph(i.importedAt() + " · " + i.source() + " · " + i.fileName() + " · " + i.action()
                        + (i.filledFields() == null ? "" : " (" + i.filledFields() + ")"), regular, 10);
            }

            heading(m.get("privacy.section.history", history.size()));
            if (history.isEmpty()) {
                paragraph(m.get("privacy.none"), regular, 10);
            }
            for (String line : history) {
                paragraph(line, regular, 10);
            }
            gap();
            paragraph(m.get("privacy.pdf.footer"), regular, 9);
            stream.close();
            doc.save(out);
        }
    }

    private PDType0Font font(String name) throws IOException {
        try (InputStream in = PersonalDataPdf.class.getResourceAsStream("/nl/verbinder/fonts/" + name)) {
            if (in == null) {
                throw new IOException("Font missing from the application: " + name);
            }
            return PDType0Font.load(document, in);
        }
    }

    private void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void heading(String text) throws IOException {
        gap();
        line(text, bold, 12);
    }

    private void gap() {
        y -= 8;
    }

    private void field(String label, String value) throws IOException {
        if (value != null && !value.isBlank()) {
            paragraph(label + ": " + value, regular, 10);
        }
    }

    private void paragraph(String text, PDType0Font font, float size) throws IOException {
        for (String line : wrap(printable(text, font), font, size)) {
            line(line, font, size);
        }
    }

    private void line(String text, PDType0Font font, float size) throws IOException {
        float height = size * 1.4f;
        if (y - height < MARGIN) {
            newPage();
        }
        y -= height;
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(MARGIN, y);
        stream.showText(printable(text, font));
        stream.endText();
    }

    private List<String> wrap(String text, PDType0Font font, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (font.getStringWidth(candidate) / 1000f * size <= WIDTH || current.isEmpty()) {
                current.setLength(0);
                current.append(candidate);
            } else {
                lines.add(current.toString());
                current.setLength(0);
                current.append(word);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    /** Line breaks as spaces; characters the font has no glyph for as "?". */
    private static String printable(String text, PDType0Font font) {
        StringBuilder out = new StringBuilder();
        (text == null ? "" : text).codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                out.append(' ');
            } else {
                String s = new String(Character.toChars(cp));
                try {
                    font.encode(s);
                    out.append(s);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('?');
                }
            }
        });
        return out.toString();
    }
}
