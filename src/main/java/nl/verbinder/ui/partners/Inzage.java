package nl.verbinder.ui.partners;

import java.util.List;
import nl.verbinder.domain.PersonalData;

/**
 * What the inzage dialog shows: everything held about the person, and the history of their
 * record as sentences in the user's language.
 */
public record Inzage(PersonalData data, List<String> history) {

    public Inzage {
        history = List.copyOf(history);
    }
}
