package nl.verbinder.domain.insight;

import java.util.List;

/** A shared goal and the partners it joins: drawn as links between them. */
public record MapGoal(long goalId, String title, List<Long> partnerIds) {

    public MapGoal {
        partnerIds = List.copyOf(partnerIds);
    }
}
