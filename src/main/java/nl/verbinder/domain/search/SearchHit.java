package nl.verbinder.domain.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One thing "search everything" found.
 *
 * @param id        the record's id (partner, contact person, moment, goal or note)
 * @param partnerId the partner it belongs to, where it belongs to one (a person, a moment), else {@code null}
 * @param title     what it is called: the partner's, person's, goal's or note's name; for a moment its partner
 * @param text      all of its text that was searched, to show where the words were found
 * @param date      the moment's date; {@code null} for the others
 */
public record SearchHit(SearchKind kind, long id, Long partnerId, String title, String text, LocalDate date) {

    /**
     * The part of the text around the first of the words found in it, at most about
     * {@code room} characters, with "…" where it was cut; the start of the text when no word is in it.
     */
    public String snippet(List<String> words, int room) {
        String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= room) {
            return flat;
        }
        String lower = foldEachLetter(flat);
        int at = -1;
        for (String word : words) {
            int i = lower.indexOf(foldEachLetter(word));
            if (i >= 0 && (at < 0 || i < at)) {
                at = i;
            }
        }
        int start = Math.max(0, at < 0 ? 0 : at - room / 3);
        int end = Math.min(flat.length(), start + room);
        start = Math.max(0, end - room);
        return (start > 0 ? "…" : "") + flat.substring(start, end).strip() + (end < flat.length() ? "…" : "");
    }

    /** Lower case without accents, letter by letter, so that places in it are places in the text. */
    private static String foldEachLetter(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String letter = nl.verbinder.domain.Texts.fold(String.valueOf(text.charAt(i)));
            folded.append(letter.isEmpty() ? text.charAt(i) : letter.charAt(0));
        }
        return folded.toString();
    }
}
