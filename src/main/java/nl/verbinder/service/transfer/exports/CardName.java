package nl.verbinder.service.transfer.exports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.verbinder.domain.PersonName;
import nl.verbinder.domain.Texts;

/**
 * A contact person's full name in the parts of a vCard's {@code N}: titles before the name
 * ("Dr.", "Prof. dr. ir.", "mw."), given names, family name with its Dutch particles ("van
 * der Berg", "'t Hart"), and letters after the name ("MSc", "PhD", "jr."). Verbinder keeps one
 * full name per person, as the user types it; the parts are read from it when a card is
 * written, so "Dr. Bart Willemsen" gives {@code N:Willemsen;Bart;;Dr.;} and not
 * {@code N:Willemsen;Dr. Bart}. A vCard import keeps a card's titles and letters in the full
 * name, so they come back out.
 */
public record CardName(List<String> prefixes, String given, String family, List<String> suffixes) {

    /** Titles and forms of address, folded: without dots, lower case. */
    private static final Set<String> PREFIXES = Set.of("dr", "drs", "mr", "ir", "ing", "prof", "ds", "bc", "mw",
            "mevr", "mevrouw", "dhr", "meneer", "mrs", "ms", "miss", "sir");

    /** Degrees and generational letters after a name, folded. */
    private static final Set<String> SUFFIXES = Set.of("msc", "bsc", "ma", "ba", "mba", "phd", "md", "llm", "llb",
            "mph", "ra", "rc", "pt", "jr", "sr", "ii", "iii");

    public CardName {
        prefixes = List.copyOf(prefixes);
        suffixes = List.copyOf(suffixes);
    }

    public static CardName parse(String fullName) {
        String clean = Texts.clean(fullName);
        if (clean == null) {
            return new CardName(List.of(), "", "", List.of());
        }
        List<String> words = new ArrayList<>(Arrays.asList(clean.replace(",", " , ").trim().split("\\s+")));
        List<String> prefixes = new ArrayList<>();
        while (words.size() > 1 && PREFIXES.contains(fold(words.getFirst()))) {
            prefixes.add(words.removeFirst());
        }
        List<String> suffixes = new ArrayList<>();
        while (words.size() > 1 && (SUFFIXES.contains(fold(words.getLast())) || words.getLast().equals(","))) {
            String word = words.removeLast();
            if (!word.equals(",")) {
                suffixes.addFirst(word);
            }
        }
        words.removeIf(","::equals);
        PersonName name = PersonName.split(String.join(" ", words));
        return new CardName(prefixes, name.given(), name.family(), suffixes);
    }

    /** A full name from a card's parts, titles and letters included ("Dr.", "Bart", "Willemsen", "MSc"). */
    public static String join(List<String> prefixes, String given, String family, List<String> suffixes) {
        List<String> parts = new ArrayList<>(prefixes);
        parts.add(PersonName.join(given, family));
        parts.addAll(suffixes);
        return String.join(" ", parts.stream().map(Texts::clean).filter(p -> p != null && !p.isEmpty()).toList());
    }

    private static String fold(String word) {
        return word.replace(".", "").toLowerCase(Locale.ROOT);
    }
}
