package nl.verbinder.domain.attention;

import java.time.LocalDate;
import java.util.List;
import nl.verbinder.domain.Category;
import nl.verbinder.domain.PartnerStatus;

/**
 * What the attention rules need to know about one partner, as of a date, loaded for all
 * partners at once.
 *
 * @param ownRhythmDays     the partner's own rhythm, or {@code null} for the category's
 * @param createdOn         the day the partner was added
 * @param lastContact       the newest moment on or before today, or {@code null}
 * @param momentsRecent     moments in the later window of {@link FactWindow}
 * @param momentsEarlier    moments in the earlier window
 * @param lastGiveAsk       the newest moments that record an offer or a request (at most
 *                          {@link FactWindow#giveAskMoments()} of them)
 * @param overdueFollowUps  open follow-ups due before today, oldest due first
 * @param goals             the agreed and active shared goals this partner is part of
 */
public record PartnerFacts(
        long partnerId,
        String name,
        Category category,
        PartnerStatus status,
        Integer trust,
        Integer ownRhythmDays,
        Long ownerId,
        String ownerName,
        LocalDate createdOn,
        LocalDate lastContact,
        int momentsRecent,
        int momentsEarlier,
        List<GiveAsk> lastGiveAsk,
        List<OpenFollowUp> overdueFollowUps,
        List<GoalProgress> goals) {

    public PartnerFacts {
        lastGiveAsk = List.copyOf(lastGiveAsk);
        overdueFollowUps = List.copyOf(overdueFollowUps);
        goals = List.copyOf(goals);
    }

    /** A moment that records what we offered, what we asked, or both. */
    public record GiveAsk(boolean offered, boolean asked) {
    }

    /** An open follow-up of one of the partner's moments. */
    public record OpenFollowUp(long momentId, String text, LocalDate due) {
    }

    /**
     * An agreed or active goal with this partner.
     *
     * @param since      the day the goal was added: a goal that was never served counts from then
     * @param lastServed the newest of this partner's moments that served the goal, or {@code null}
     */
    public record GoalProgress(long goalId, String title, LocalDate since, LocalDate lastServed) {
    }
}
