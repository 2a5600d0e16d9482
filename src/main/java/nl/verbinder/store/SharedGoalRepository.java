package nl.verbinder.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.verbinder.domain.SharedGoal;

/** Shared goals and the partners they join. */
public interface SharedGoalRepository {

    long insert(SharedGoal goal, Instant now);

    /** Updates the goal and its partner links when the version still matches; false when not. */
    boolean update(SharedGoal goal, Instant now);

    Optional<SharedGoal> find(long id);

    /** All goals, by status and title. */
    List<SharedGoal> all();

    /** The goals a partner is linked to. */
    List<SharedGoal> forPartner(long partnerId);

    void delete(long id);

    /** Records the day the goal was achieved, or clears it ({@code null}); the goal's version stays. */
    void markAchieved(long id, LocalDate on);

    /** The day the goal was achieved, when it is. */
    Optional<LocalDate> achievedOn(long id);

    /** Links the goals of one partner to another instead (a merge); the goals' versions go up. */
    int moveLinks(long fromPartnerId, long toPartnerId, Instant now);
}
