package nl.verbinder.ui.goals;

import java.util.List;
import nl.verbinder.domain.SharedGoal;

/**
 * A shared goal as the list and the detail show it, with its partners' names.
 *
 * @param partners the linked partners, by name
 */
record GoalCard(SharedGoal goal, List<LinkedPartner> partners) {

    /** A partner linked to a goal; one in the trash is still shown, marked. */
    record LinkedPartner(long id, String name, String detail, boolean inTrash) {
    }

    long id() {
        return goal.id();
    }

    String partnerNames() {
        return String.join(", ", partners.stream().map(LinkedPartner::name).toList());
    }
}
