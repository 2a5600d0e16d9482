package nl.verbinder.testutil;

import java.time.LocalDate;
import java.util.Set;
import nl.verbinder.domain.GoalStatus;
import nl.verbinder.domain.SharedGoal;

/** Readable test shared goals: {@code aGoal().titled("Valpreventie").withPartners(gp.id()).build()}. */
public final class SharedGoalBuilder {

    private String title = "Valpreventie voor ouderen in de wijk";
    private String whatIsGoingOn = "Veel valincidenten bij thuiswonende ouderen";
    private String whatMattersForPatient = "Zelfstandig en veilig thuis blijven wonen";
    private String possibilities = "Samen een beweegprogramma opzetten";
    private String whatWeGoFor = "Minder valincidenten";
    private GoalStatus status = GoalStatus.IDEA;
    private LocalDate targetDate;
    private Set<Long> partnerIds = Set.of();

    private SharedGoalBuilder() {
    }

    public static SharedGoalBuilder aGoal() {
        return new SharedGoalBuilder();
    }

    public SharedGoalBuilder titled(String title) {
        this.title = title;
        return this;
    }

    public SharedGoalBuilder whatIsGoingOn(String text) {
        this.whatIsGoingOn = text;
        return this;
    }

    public SharedGoalBuilder whatWeGoFor(String text) {
        this.whatWeGoFor = text;
        return this;
    }

    public SharedGoalBuilder withStatus(GoalStatus status) {
        this.status = status;
        return this;
    }

    public SharedGoalBuilder due(LocalDate targetDate) {
        this.targetDate = targetDate;
        return this;
    }

    public SharedGoalBuilder withPartners(Long... partnerIds) {
        this.partnerIds = Set.of(partnerIds);
        return this;
    }

    public SharedGoal build() {
        return SharedGoal.newGoal(title, whatIsGoingOn, whatMattersForPatient, possibilities, whatWeGoFor, status,
                targetDate, partnerIds);
    }
}
