package nl.verbinder.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A shared goal (gemeenschappelijke deler): what the practice and one or more partners go
 * for together, worked out with the method's four questions.
 *
 * @param whatIsGoingOn       Wat speelt er?
 * @param whatMattersForPatient Wat is belangrijk voor onze gezamenlijke patiënt/klant?
 * @param possibilities       Wat zijn de mogelijkheden?
 * @param whatWeGoFor         Waar gaan we samen voor?
 */
public record SharedGoal(
        Long id,
        String title,
        String whatIsGoingOn,
        String whatMattersForPatient,
        String possibilities,
        String whatWeGoFor,
        GoalStatus status,
        LocalDate targetDate,
        Set<Long> partnerIds,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    public SharedGoal {
        partnerIds = partnerIds == null ? Set.of() : Set.copyOf(partnerIds);
        status = status == null ? GoalStatus.IDEA : status;
    }

    public static SharedGoal newGoal(String title, String whatIsGoingOn, String whatMattersForPatient,
                                     String possibilities, String whatWeGoFor, GoalStatus status,
                                     LocalDate targetDate, Set<Long> partnerIds) {
        return new SharedGoal(null, title, whatIsGoingOn, whatMattersForPatient, possibilities, whatWeGoFor, status,
                targetDate, partnerIds, null, null, 0);
    }

    public SharedGoal withStatus(GoalStatus newStatus) {
        return new SharedGoal(id, title, whatIsGoingOn, whatMattersForPatient, possibilities, whatWeGoFor, newStatus,
                targetDate, partnerIds, createdAt, updatedAt, version);
    }

    public SharedGoal withPartnerIds(Set<Long> newPartnerIds) {
        return new SharedGoal(id, title, whatIsGoingOn, whatMattersForPatient, possibilities, whatWeGoFor, status,
                targetDate, newPartnerIds, createdAt, updatedAt, version);
    }
}
