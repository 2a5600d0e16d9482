package nl.verbinder.store;

import java.util.Collection;

/**
 * Finds and removes a person's traces in free text (summaries, notes), for erasure under
 * the GDPR. Knows every text column of every table.
 */
public interface PersonalDataRepository {

    /**
     * Replaces every occurrence of each text (ignoring case) in every free-text column with
     * the replacement; returns how many fields changed.
     */
    int redact(Collection<String> texts, String replacement);

    /** How many fields in the whole database contain the text, ignoring case. */
    int countOccurrences(String text);

    /** Writes the change through to the file and wipes freed pages, so erased data is gone from disk. */
    void purgeFreedSpace();
}
