package nl.verbinder.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import nl.verbinder.domain.Texts;

/**
 * Text for the terminal that cannot steer it: control characters (an escape sequence's ESC,
 * NUL, a bell), C1 controls and the bidirectional overrides that make text show in another
 * order are written as {@code \\u001b}, {@code \\u202e} and so on. The data may be older
 * than the cleaning on input, or come straight from the file. The escape is also valid JSON,
 * so JSON output keeps its meaning. Tab, line feed and carriage return pass.
 */
final class TerminalText {

    private TerminalText() {
    }

    /** The text with every character that could steer the terminal written out as an escape. */
    static String safe(String text) {
        if (text == null || text.chars().noneMatch(TerminalText::escaped)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> append(out, c));
        return out.toString();
    }

    /** A writer that writes everything through {@link #safe}. */
    static PrintWriter safe(PrintWriter target) {
        return new PrintWriter(new FilterWriter(target) {
            @Override
            public void write(int c) throws IOException {
                if (escaped(c)) {
                    out.write(escape(c));
                } else {
                    out.write(c);
                }
            }

            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                write(new String(buffer, offset, length), 0, length);
            }

            @Override
            public void write(String text, int offset, int length) throws IOException {
                String part = text.substring(offset, offset + length);
                String safe = safe(part);
                out.write(safe, 0, safe.length());
            }

            @Override
            public void flush() {
                target.flush();
            }
        }, false) {
            @Override
            public void flush() {
                super.flush();
                target.flush();
            }
        };
    }

    private static boolean escaped(int c) {
        return c != '\r' && Texts.isHostile(c);
    }

    private static void append(StringBuilder out, int c) {
        if (escaped(c)) {
            out.append(escape(c));
        } else {
            out.append((char) c);
        }
    }

    private static String escape(int c) {
        return String.format("\\u%04x", c);
    }
}
