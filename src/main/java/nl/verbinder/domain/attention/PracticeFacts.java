package nl.verbinder.domain.attention;

import java.util.Collection;
import java.util.EnumMap;
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

    /** The practice facts from the partners' facts (their categories and statuses) and the notes per factor. */
    public static PracticeFacts of(Collection<PartnerFacts> partners, Map<EnvironmentFactor, Integer> notes) {
        Map<Category, Integer> active = new EnumMap<>(Category.class);
        for (PartnerFacts p : partners) {
            if (p.status() == nl.verbinder.domain.PartnerStatus.ACTIVE) {
                active.merge(p.category(), 1, Integer::sum);
            }
        }
        return new PracticeFacts(active, notes);
    }
}
