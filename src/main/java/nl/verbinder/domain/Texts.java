package nl.verbinder.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Small pure helpers for free text: cleaning what users type or import (blank to null, no
 * control characters), and folding for matching.
 */
public final class Texts {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern LINE_BREAKS = Pattern.compile("\r\n?|[\u2028\u2029\u0085]");
    private static final Pattern WHITESPACE_RUN = Pattern.compile("[\\s\u00A0\u2007\u202F]+");

    private Texts() {
    }

    /**
     * Cleans a text that may hold several lines (notes, summaries): line breaks become
     * {@code \n}, characters that have no place in text are removed (NUL and other control
     * characters but tab and line break, terminal escape sequences' ESC, C1 controls, and the
     * bidirectional overrides and isolates that make a text display in another order than it
     * is stored), and the text is trimmed; an empty or blank text becomes {@code null}.
     */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String withoutHostile = removeHostile(LINE_BREAKS.matcher(text).replaceAll("\n"));
        String trimmed = withoutHostile.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /**
     * Cleans a text of one line (a name, a title, a tag): as {@link #clean}, and every run of
     * white space, line breaks and tabs included, becomes one space.
     */
    public static String cleanLine(String text) {
        String clean = clean(text);
        return clean == null ? null : WHITESPACE_RUN.matcher(clean).replaceAll(" ");
    }

    /** Whether the character may not be stored: see {@link #clean}. Tab and line feed may. */
    public static boolean isHostile(int codePoint) {
        if (codePoint == '\t' || codePoint == '\n') {
            return false;
        }
        return codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F)
                || (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069)
                || codePoint == 0xFEFF || Character.getType(codePoint) == Character.SURROGATE;
    }

    private static String removeHostile(String text) {
        if (text.codePoints().noneMatch(Texts::isHostile)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !isHostile(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * Folds a text for matching: lower case, accents removed ("Diëtist" → "dietist"),
     * and the dotless ı that Turkish names carry ("Yılmaz") treated as i.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("")
                .replace('ı', 'i')
                .replace("ß", "ss")
                .toLowerCase(Locale.ROOT);
    }
}
