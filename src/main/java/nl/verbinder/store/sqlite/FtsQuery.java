package nl.verbinder.store.sqlite;

import java.util.ArrayList;
import java.util.List;
import nl.verbinder.domain.Texts;

/**
 * Turns what a user typed into an FTS5 query on {@code partner_search}: every word must
 * match (AND), each as the prefix of a word in the index. Words are folded the way the index
 * is (case, accents, the dotless ı, ß) and quoted, so no input can break the query syntax:
 * {@code AND}, {@code NEAR}, {@code "}, {@code *}, {@code ^}, {@code :} and brackets are
 * searched for as text, not read as operators.
 */
final class FtsQuery {

    private FtsQuery() {
    }

    /** The MATCH expression, or {@code null} when the text has no word to search for. */
    static String of(String search) {
        if (Texts.isBlank(search)) {
            return null;
        }
        List<String> phrases = new ArrayList<>();
        for (String word : Texts.fold(search).split("\\s+")) {
            if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                phrases.add('"' + word.replace("\"", "\"\"") + "\"*");
            }
        }
        return phrases.isEmpty() ? null : String.join(" AND ", phrases);
    }
}
