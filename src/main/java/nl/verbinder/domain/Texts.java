package nl.verbinder.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small pure helpers for free text: blank to null, and folding for matching. */
public final class Texts {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Texts() {
    }

    /** Trims the text; an empty or blank text becomes {@code null}. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
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
