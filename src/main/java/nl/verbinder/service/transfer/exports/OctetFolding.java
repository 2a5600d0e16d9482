package nl.verbinder.service.transfer.exports;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Folds the lines of a vCard (3.0, 4.0) or iCalendar file at 75 octets of UTF-8, as RFC 5545
 * §3.1 and RFC 6350 §3.2 ask. ez-vcard and biweekly (through vinnie's FoldedLineWriter) fold
 * at 75 characters, so a line with accents or emoji came out longer; their folding is switched
 * off and this writer folds what they wrote, after escaping, never inside a character's bytes.
 * (vCard 2.1, read with other folding rules, is not exported.)
 */
final class OctetFolding extends Writer {

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private final Writer out;
    private final StringBuilder line = new StringBuilder();

    OctetFolding(Writer out) {
        this.out = out;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            if (c == '\n' && !line.isEmpty() && line.charAt(line.length() - 1) == '\r') {
                line.setLength(line.length() - 1);
                out.write(fold(line.toString()));
                out.write(CRLF);
                line.setLength(0);
            } else {
                line.append(c);
            }
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (!line.isEmpty()) {
            out.write(fold(line.toString()));
            line.setLength(0);
        }
        out.close();
    }

    /**
     * One content line as physical lines of at most 75 octets joined by CRLF and a space (the
     * space counts): unfolding, removing each CRLF and the space after it, gives the line back.
     */
    static String fold(String line) {
        if (octets(line) <= MAX_OCTETS) {
            return line;
        }
        StringBuilder folded = new StringBuilder();
        int start = 0;
        int budget = MAX_OCTETS;
        while (start < line.length()) {
            int end = start;
            int used = 0;
            while (end < line.length()) {
                int codePoint = line.codePointAt(end);
                int size = octets(codePoint);
                if (used + size > budget) {
                    break;
                }
                used += size;
                end += Character.charCount(codePoint);
            }
            if (start > 0) {
                folded.append(CRLF).append(' ');
            }
            folded.append(line, start, end);
            start = end;
            budget = MAX_OCTETS - 1;
        }
        return folded.toString();
    }

    static int octets(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static int octets(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
