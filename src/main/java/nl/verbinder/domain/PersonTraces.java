package nl.verbinder.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways a text can mention a person, for erasing them under the GDPR: their full name,
 * surname and first name, e-mail address, phone number and LinkedIn address, each found the
 * way people write them. Matching ignores case and accents ("OZLEM YILMAZ" is "Özlem Yılmaz"),
 * takes any run of spaces or a line break for the space in a name, finds the surname with
 * initials before it ("A.J. de Vries"), and reads a Dutch phone number in any notation
 * ("0698765432", "06-98765432", "+31 6 98765432", "0031 (0)6 98 76 54 32"). Only whole words
 * count: "Jan" is not found in "Jansen" or "januari".
 */
public final class PersonTraces {

    /** One mention in one text: where it starts and ends (in the original text) and its kind. */
    public record Span(MentionKind kind, int start, int end) {
    }

    private static final String NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String NOT_WORD_AFTER = "(?![\\p{L}\\p{N}])";
    private static final String SPACE = "[\\s\\u00A0\\u2007\\u202F]+";
    private static final String PHONE_SEPARATOR = "[\\s\\u00A0\\-./()]*";
    private static final int MIN_PHONE_DIGITS = 6;

    private final Map<MentionKind, Pattern> patterns;
    /**
     * Folded texts that every mention contains one of (a word of the name, the e-mail address,
     * the last digit of the phone number, the LinkedIn address): a text with none of them is
     * passed over without a regular expression, which is most texts of a large database.
     */
    private final List<String> anchors;

    private PersonTraces(Map<MentionKind, Pattern> patterns, List<String> anchors) {
        this.patterns = patterns;
        this.anchors = anchors;
    }

    /** The traces of a contact person: name, e-mail address, phone number, LinkedIn address. */
    public static PersonTraces of(ContactPerson person) {
        return of(person.name(), person.email(), person.phone(), person.linkedinUrl());
    }

    public static PersonTraces of(String name, String email, String phone, String linkedinUrl) {
        Map<MentionKind, Pattern> patterns = new EnumMap<>(MentionKind.class);
        List<String> anchors = new ArrayList<>();
        List<String> words = words(name);
        anchors.addAll(words);
        if (!words.isEmpty()) {
            patterns.put(MentionKind.FULL_NAME, wordPattern(String.join(SPACE, words.stream().map(Pattern::quote).toList())));
        }
        if (words.size() > 1) {
            PersonName split = PersonName.split(String.join(" ", words));
            List<String> surname = words(split.family());
            String initials = "(?:\\p{L}\\." + "[\\s\\u00A0]*){1,4}";
            patterns.put(MentionKind.SURNAME, wordPattern("(?:" + initials + ")?"
                    + String.join(SPACE, surname.stream().map(Pattern::quote).toList())));
            patterns.put(MentionKind.FIRST_NAME, wordPattern(Pattern.quote(words.getFirst())));
        }
        String folded = Texts.fold(Texts.cleanLine(email));
        if (!folded.isEmpty()) {
            anchors.add(folded);
            patterns.put(MentionKind.EMAIL, Pattern.compile("(?<![\\p{L}\\p{N}._%+\\-])" + Pattern.quote(folded)
                    + "(?![\\p{L}\\p{N}_\\-]|\\.[\\p{L}\\p{N}])"));
        }
        Pattern phonePattern = phonePattern(phone);
        if (phonePattern != null) {
            patterns.put(MentionKind.PHONE, phonePattern);
            String digits = phone.replaceAll("[^0-9]", "");
            anchors.add(digits.substring(digits.length() - 1));
        }
        Pattern linkedIn = linkedInPattern(linkedinUrl);
        if (linkedIn != null) {
            patterns.put(MentionKind.LINKEDIN, linkedIn);
            anchors.add("linkedin");
        }
        return new PersonTraces(patterns, List.copyOf(anchors));
    }

    /**
     * Every mention in the text, in order and not overlapping: where two would overlap, the
     * one that starts first wins, and of two that start together the longer ("Anja de Vries"
     * rather than "Anja").
     */
    public List<Span> find(String text) {
        if (text == null || text.isEmpty() || patterns.isEmpty()) {
            return List.of();
        }
        String quick = isAscii(text) ? text.toLowerCase(Locale.ROOT) : Texts.fold(text);
        if (anchors.stream().noneMatch(quick::contains)) {
            return List.of();
        }
        FoldedText folded = FoldedText.of(text);
        List<Span> candidates = new ArrayList<>();
        for (Map.Entry<MentionKind, Pattern> entry : patterns.entrySet()) {
            Matcher m = entry.getValue().matcher(folded.text);
            while (m.find()) {
                if (m.end() > m.start()) {
                    candidates.add(new Span(entry.getKey(), folded.starts[m.start()], folded.ends[m.end() - 1]));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Span::start).thenComparingInt(s -> s.start() - s.end())
                .thenComparing(Span::kind));
        List<Span> spans = new ArrayList<>();
        int taken = 0;
        for (Span span : candidates) {
            if (span.start() >= taken) {
                spans.add(span);
                taken = span.end();
            }
        }
        return spans;
    }

    /**
     * The text with the chosen mentions replaced; {@code null} when the text was nothing but
     * one mention (so the field becomes empty rather than a lone replacement).
     */
    public static String redact(String text, List<Span> spans, Predicate<Span> chosen, String replacement) {
        StringBuilder out = new StringBuilder();
        int copied = 0;
        int replaced = 0;
        for (Span span : spans) {
            if (chosen.test(span)) {
                out.append(text, copied, span.start()).append(replacement);
                copied = span.end();
                replaced++;
            }
        }
        if (replaced == 0) {
            return text;
        }
        out.append(text.substring(copied));
        return replaced == 1 && out.toString().strip().equals(replacement) ? null : out.toString();
    }

    /** The text around a mention on one line, at most about {@code width} characters either side. */
    public static String snippet(String text, Span span, int width) {
        int from = Math.max(0, span.start() - width);
        int to = Math.min(text.length(), span.end() + width);
        while (from > 0 && from < span.start() && !Character.isWhitespace(text.charAt(from - 1))) {
            from++;
        }
        while (to < text.length() && to > span.end() && !Character.isWhitespace(text.charAt(to))) {
            to--;
        }
        String cut = text.substring(from, to);
        String line = Texts.cleanLine(cut);
        return (from > 0 ? "…" : "") + (line == null ? "" : line) + (to < text.length() ? "…" : "");
    }

    /** Folding an ASCII text is lower-casing it; most texts are, and this is much faster. */
    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static List<String> words(String name) {
        String clean = Texts.cleanLine(name);
        if (clean == null) {
            return List.of();
        }
        return List.of(Texts.fold(clean).split(" "));
    }

    private static Pattern wordPattern(String body) {
        return Pattern.compile(NOT_WORD_BEFORE + body + NOT_WORD_AFTER);
    }

    /**
     * A Dutch number (with 0, +31 or 0031) is matched by its digits after the country or trunk
     * prefix, in any of the three notations and with any separators; another number by all
     * its digits, with or without + or 00.
     */
    private static Pattern phonePattern(String phone) {
        if (phone == null) {
            return null;
        }
        String compact = phone.replaceAll("[^0-9+]", "");
        String digits = compact.replace("+", "");
        String prefix;
        String national;
        if (compact.startsWith("+31") || compact.startsWith("0031")) {
            national = digits.substring(compact.startsWith("+") ? 2 : 4);
            national = national.startsWith("0") ? national.substring(1) : national;
            prefix = "(?:(?:\\+|00)31" + PHONE_SEPARATOR + "(?:\\(0\\)" + PHONE_SEPARATOR + ")?|\\(?0)";
        } else if (compact.startsWith("+") || compact.startsWith("00")) {
            national = digits.startsWith("00") ? digits.substring(2) : digits;
            prefix = "(?:\\+|00)?";
        } else if (digits.startsWith("0")) {
            national = digits.substring(1);
            prefix = "(?:(?:\\+|00)31" + PHONE_SEPARATOR + "(?:\\(0\\)" + PHONE_SEPARATOR + ")?|\\(?0)";
        } else {
            national = digits;
            prefix = "";
        }
        if (national.length() < MIN_PHONE_DIGITS) {
            return null;
        }
        StringBuilder body = new StringBuilder(prefix);
        for (int i = 0; i < national.length(); i++) {
            body.append(i == 0 ? "" : PHONE_SEPARATOR).append(national.charAt(i));
        }
        return Pattern.compile("(?<![\\p{N}+])" + body + "(?!\\p{N})");
    }

    /** A LinkedIn address with or without {@code https://} and {@code www.}, and with or without a closing slash. */
    private static Pattern linkedInPattern(String url) {
        String clean = Texts.fold(Texts.cleanLine(url));
        if (clean.isEmpty()) {
            return null;
        }
        String rest = clean.replaceFirst("^https?://", "").replaceFirst("^[a-z]{2,3}\\.linkedin\\.", "linkedin.");
        rest = rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
        String host = rest.startsWith("linkedin.") ? "(?:https?://)?(?:[a-z]{2,3}\\.)?" : "(?:https?://)?";
        return Pattern.compile("(?<![\\p{L}\\p{N}./\\-])" + host + Pattern.quote(rest) + "/?(?![\\p{L}\\p{N}_\\-])");
    }

    /**
     * A text folded character by character, each folded character remembering where its
     * original starts and ends (with the accent marks after it), so a mention found in the
     * folded text is cut from the original at the right place even when folding changes the
     * length ("ß" becomes "ss", a separate accent mark disappears).
     */
    private record FoldedText(String text, int[] starts, int[] ends) {

        static FoldedText of(String value) {
            StringBuilder folded = new StringBuilder(value.length());
            int[] starts = new int[value.length() * 3 + 1];
            int[] ends = new int[value.length() * 3 + 1];
            for (int i = 0; i < value.length(); ) {
                int end = next(value, i);
                while (end < value.length() && isMark(value, end)) {
                    end = next(value, end);
                }
                String f = Texts.fold(value.substring(i, end));
                for (int k = 0; k < f.length(); k++) {
                    if (folded.length() == starts.length) {
                        starts = Arrays.copyOf(starts, starts.length * 2);
                        ends = Arrays.copyOf(ends, ends.length * 2);
                    }
                    starts[folded.length()] = i;
                    ends[folded.length()] = end;
                    folded.append(f.charAt(k));
                }
                i = end;
            }
            return new FoldedText(folded.toString(), starts, ends);
        }

        private static boolean isMark(String value, int index) {
            int type = Character.getType(value.codePointAt(index));
            return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
        }

        private static int next(String text, int index) {
            return index + Character.charCount(text.codePointAt(index));
        }
    }
}
