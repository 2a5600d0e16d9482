package nl.verbinder.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A person's name split into given names and family name, as vCards want it, for names the
 * way Dutch practices write them: the family name starts at the first particle ("van",
 * "de", "'t", ...) after the first word, or else is the last word. "Anna 't Hart" gives
 * "Anna" and "'t Hart"; "Jan Peter van der Berg" gives "Jan Peter" and "van der Berg";
 * "Mehmet Yılmaz" gives "Mehmet" and "Yılmaz".
 */
public record PersonName(String given, String family) {

    private static final Set<String> PARTICLES = Set.of("van", "de", "der", "den", "het", "'t", "’t", "te", "ten",
            "ter", "in", "op", "uit", "la", "le", "du", "da", "di", "del", "von", "vande", "vanden", "vander", "el",
            "al", "bin", "ben");

    public static PersonName split(String fullName) {
        String clean = Texts.clean(fullName);
        if (clean == null) {
            return new PersonName("", "");
        }
        List<String> words = Arrays.asList(clean.split("\\s+"));
        if (words.size() == 1) {
            return new PersonName("", clean);
        }
        for (int i = 1; i < words.size() - 1; i++) {
            if (PARTICLES.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                return new PersonName(String.join(" ", words.subList(0, i)),
                        String.join(" ", words.subList(i, words.size())));
            }
        }
        return new PersonName(String.join(" ", words.subList(0, words.size() - 1)), words.getLast());
    }

    /** Given names and family name joined again ("Jan" and "van Dijk" → "Jan van Dijk"). */
    public static String join(String given, String family) {
        String g = Texts.clean(given);
        String f = Texts.clean(family);
        if (g == null) {
            return f == null ? "" : f;
        }
        return f == null ? g : g + " " + f;
    }
}
