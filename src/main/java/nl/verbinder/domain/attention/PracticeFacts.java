package nl.verbinder.domain.attention;

import java.util.Map;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.EnvironmentFactor;

/**
 * What the practice-level hints need.
 *
 * @param activePartners   active partners (not in the trash) per category; absent means none
 * @param notesPerFactor   environment-analysis notes per factor; absent means none
 */
public record PracticeFacts(Map<Category, Integer> activePartners, Map<EnvironmentFactor, Integer> notesPerFactor) {

    public PracticeFacts {
        activePartners = Map.copyOf(activePartners);
        notesPerFactor = Map.copyOf(notesPerFactor);
    }

    public int active(Category category) {
        return activePartners.getOrDefault(category, 0);
    }
}
