package nl.verbinder.service.insight;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One A4 page of the report, drawn with PDFBox in points, measured from the page's top-left
 * corner (PDF itself counts from the bottom). Text goes through {@link #fit} or {@link #wrap}
 * so it never runs off its box: too long is cut with an ellipsis. Characters the embedded
 * font has no glyph for (emoji, CJK) print as a white square rather than failing the report.
 */
final class PdfCanvas implements AutoCloseable {

    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();
    static final float MARGIN = 48;
    private static final String ELLIPSIS = "…";
    /** Bézier control distance for a quarter circle. */
    private static final float KAPPA = 0.5522848f;

    /** A colour, 0–255 per channel. */
    record Rgb(int red, int green, int blue) {
        static Rgb hex(int rgb) {
            return new Rgb((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
        }
    }

    static final Rgb BLACK = Rgb.hex(0x1f2328);
    static final Rgb GREY = Rgb.hex(0x656d76);
    static final Rgb LIGHT = Rgb.hex(0xd0d7de);
    static final Rgb FAINT = Rgb.hex(0xf3f4f6);
    static final Rgb WHITE = Rgb.hex(0xffffff);

    /** The two embedded faces of DejaVu Sans, with a memory of which characters they can print. */
    static final class Fonts {
        /** What a character the fonts have no glyph for prints as: U+25A1 WHITE SQUARE, which DejaVu has. */
        static final String MISSING = "\u25A1";

        final PDType0Font regular;
        final PDType0Font bold;
        private final Map<Integer, Boolean> printable = new HashMap<>();

        private Fonts(PDType0Font regular, PDType0Font bold) {
            this.regular = regular;
            this.bold = bold;
        }

        static Fonts load(PDDocument document) throws IOException {
            return new Fonts(font(document, "DejaVuSans.ttf"), font(document, "DejaVuSans-Bold.ttf"));
        }

        private static PDType0Font font(PDDocument document, String name) throws IOException {
            try (InputStream in = PdfCanvas.class.getResourceAsStream("/nl/verbinder/fonts/" + name)) {
                if (in == null) {
                    throw new IOException("Font missing from the application: " + name);
                }
                return PDType0Font.load(document, in);
            }
        }

        /**
         * The text with line breaks as spaces, and each character the fonts cannot print (emoji,
         * Chinese, Japanese, ...) as a visible {@value #MISSING}, so a reader sees that something
         * is there; a "?" would look like part of the name. DejaVu Sans has no emoji or CJK; Noto
         * Sans CJK would add about 20 MB per weight to the application (Debian's package is 56 MB)
         * for a rare name, and Noto Color Emoji is a bitmap font PDFBox cannot embed.
         * The parts an emoji is built from (joiners, variation selectors, skin tones) add no
         * square of their own.
         */
        String printable(String text) {
            if (text == null) {
                return "";
            }
            StringBuilder out = new StringBuilder(text.length());
            boolean afterMissing = false;
            boolean joined = false;
            for (int cp : text.codePoints().toArray()) {
                if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                    out.append(' ');
                    afterMissing = false;
                    joined = false;
                } else if (afterMissing && isEmojiPart(cp)) {
                    joined |= cp == 0x200D;
                } else if (printable.computeIfAbsent(cp, this::canPrint)) {
                    out.appendCodePoint(cp);
                    afterMissing = false;
                    joined = false;
                } else if (isEmojiPart(cp)) {
                    continue;
                } else {
                    if (!joined) {
                        out.append(MISSING);
                    }
                    afterMissing = true;
                    joined = false;
                }
            }
            return out.toString();
        }

        /** Zero-width joiner, variation selectors and skin-tone modifiers: parts of one emoji, never alone. */
        private static boolean isEmojiPart(int codePoint) {
            return codePoint == 0x200D || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                    || (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF) || (codePoint >= 0xE0020 && codePoint <= 0xE007F);
        }

        private boolean canPrint(int codePoint) {
            String s = new String(Character.toChars(codePoint));
            try {
                regular.encode(s);
                bold.encode(s);
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }
    }

    private final PDPageContentStream stream;
    final Fonts fonts;

    PdfCanvas(PDDocument document, Fonts fonts) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        this.stream = new PDPageContentStream(document, page);
        this.fonts = fonts;
    }

    // ----- text -----

    float width(String text, PDType0Font font, float size) {
        try {
            return font.getStringWidth(fonts.printable(text)) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text as far as it fits in {@code maxWidth}, cut with an ellipsis when it does not. */
    String fit(String text, PDType0Font font, float size, float maxWidth) {
        String clean = fonts.printable(text).strip();
        if (width(clean, font, size) <= maxWidth) {
            return clean;
        }
        int low = 0;
        int high = clean.length();
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (width(clean.substring(0, mid).stripTrailing() + ELLIPSIS, font, size) <= maxWidth) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low == 0 ? "" : clean.substring(0, low).stripTrailing() + ELLIPSIS;
    }

    /** The text broken into lines of at most {@code maxWidth}; beyond {@code maxLines} the last is cut with an ellipsis. */
    List<String> wrap(String text, PDType0Font font, float size, float maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        String[] words = fonts.printable(text).strip().split(" +");
        String line = "";
        for (int i = 0; i < words.length; i++) {
            String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
            if (width(candidate, font, size) <= maxWidth) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            line = words[i];
            if (lines.size() == maxLines) {
                String rest = String.join(" ", Arrays.asList(words).subList(i, words.length));
                lines.add(fit(lines.removeLast() + " " + rest, font, size, maxWidth));
                return lines;
            }
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines.stream().map(l -> fit(l, font, size, maxWidth)).toList();
    }

    /** Writes one line with its baseline at {@code baseline} (from the top), cut to {@code maxWidth}. */
    void text(String text, float x, float baseline, PDType0Font font, float size, Rgb colour, float maxWidth) {
        String fitted = fit(text, font, size, maxWidth);
        if (fitted.isEmpty()) {
            return;
        }
        draw(() -> {
            stream.beginText();
            stream.setFont(font, size);
            fill(colour);
            stream.newLineAtOffset(x, HEIGHT - baseline);
            stream.showText(fitted);
            stream.endText();
        });
    }

    /** Like {@link #text} but ending at {@code right}. */
    void textRight(String text, float right, float baseline, PDType0Font font, float size, Rgb colour, float maxWidth) {
        String fitted = fit(text, font, size, maxWidth);
        text(fitted, right - width(fitted, font, size), baseline, font, size, colour, maxWidth);
    }

    /** Like {@link #text} but centred on {@code centre}. */
    void textCentred(String text, float centre, float baseline, PDType0Font font, float size, Rgb colour,
                     float maxWidth) {
        String fitted = fit(text, font, size, maxWidth);
        text(fitted, centre - width(fitted, font, size) / 2, baseline, font, size, colour, maxWidth);
    }

    /**
     * Writes a paragraph from {@code top} (the top of its first line), wrapped to {@code width}
     * and at most {@code maxLines} lines; returns the top of what comes next.
     */
    float paragraph(String text, float x, float top, float width, PDType0Font font, float size, Rgb colour,
                    int maxLines) {
        float leading = size * 1.3f;
        float baseline = top + size;
        for (String line : wrap(text, font, size, width, maxLines)) {
            text(line, x, baseline, font, size, colour, width);
            baseline += leading;
        }
        return baseline - size + (leading - size);
    }

    // ----- shapes -----

    void rect(float x, float top, float w, float h, Rgb colour) {
        if (w <= 0 || h <= 0) {
            return;
        }
        draw(() -> {
            fill(colour);
            stream.addRect(x, HEIGHT - top - h, w, h);
            stream.fill();
        });
    }

    void line(float x1, float top1, float x2, float top2, Rgb colour, float lineWidth) {
        draw(() -> {
            stroke(colour, lineWidth);
            stream.moveTo(x1, HEIGHT - top1);
            stream.lineTo(x2, HEIGHT - top2);
            stream.stroke();
        });
    }

    /** A circle, filled with {@code fill} (or not, when null) and outlined with {@code ring} (or not). */
    void circle(float cx, float cy, float r, Rgb fill, Rgb ring, float ringWidth) {
        draw(() -> {
            float y = HEIGHT - cy;
            float k = KAPPA * r;
            stream.moveTo(cx + r, y);
            stream.curveTo(cx + r, y + k, cx + k, y + r, cx, y + r);
            stream.curveTo(cx - k, y + r, cx - r, y + k, cx - r, y);
            stream.curveTo(cx - r, y - k, cx - k, y - r, cx, y - r);
            stream.curveTo(cx + k, y - r, cx + r, y - k, cx + r, y);
            stream.closePath();
            if (fill != null && ring != null) {
                fill(fill);
                stroke(ring, ringWidth);
                stream.fillAndStroke();
            } else if (fill != null) {
                fill(fill);
                stream.fill();
            } else if (ring != null) {
                stroke(ring, ringWidth);
                stream.stroke();
            }
        });
    }

    /** A filled ring segment between two radii and two angles (radians, clockwise on the page). */
    void wedge(float cx, float cy, float inner, float outer, double from, double to, Rgb colour) {
        draw(() -> {
            int steps = Math.max(2, (int) Math.ceil((to - from) / 0.05));
            fill(colour);
            for (int i = 0; i <= steps; i++) {
                double a = from + (to - from) * i / steps;
                float px = (float) (cx + outer * Math.cos(a));
                float py = HEIGHT - (float) (cy + outer * Math.sin(a));
                if (i == 0) {
                    stream.moveTo(px, py);
                } else {
                    stream.lineTo(px, py);
                }
            }
            for (int i = steps; i >= 0; i--) {
                double a = from + (to - from) * i / steps;
                stream.lineTo((float) (cx + inner * Math.cos(a)), HEIGHT - (float) (cy + inner * Math.sin(a)));
            }
            stream.closePath();
            stream.fill();
        });
    }

    /** Something drawn on the page's content stream, which may fail as PDFBox's writing does. */
    @FunctionalInterface
    private interface Drawing {
        void draw() throws IOException;
    }

    /** Draws on the page; PDFBox's {@link IOException} reaches the report's writer unchecked. */
    private static void draw(Drawing drawing) {
        try {
            drawing.draw();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fill(Rgb c) throws IOException {
        stream.setNonStrokingColor(c.red() / 255f, c.green() / 255f, c.blue() / 255f);
    }

    private void stroke(Rgb c, float lineWidth) throws IOException {
        stream.setStrokingColor(c.red() / 255f, c.green() / 255f, c.blue() / 255f);
        stream.setLineWidth(lineWidth);
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
