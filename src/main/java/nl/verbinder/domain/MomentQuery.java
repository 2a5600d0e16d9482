package nl.verbinder.domain;

import java.time.LocalDate;

/**
 * What a list of contact moments asks for. Every filter is optional.
 *
 * @param goalId            only moments that served this shared goal
 * @param openFollowUpsOnly only moments with a follow-up that is not done
 * @param limit             at most this many, newest first; 0 for all
 */
public record MomentQuery(
        LocalDate from,
        LocalDate to,
        Long partnerId,
        Long therapistId,
        Long goalId,
        ContactKind kind,
        boolean openFollowUpsOnly,
        int limit) {

    public static MomentQuery all() {
        return new MomentQuery(null, null, null, null, null, null, false, 0);
    }

    public MomentQuery between(LocalDate newFrom, LocalDate newTo) {
        return new MomentQuery(newFrom, newTo, partnerId, therapistId, goalId, kind, openFollowUpsOnly, limit);
    }

    public MomentQuery forPartner(Long id) {
        return new MomentQuery(from, to, id, therapistId, goalId, kind, openFollowUpsOnly, limit);
    }

    public MomentQuery withTherapist(Long id) {
        return new MomentQuery(from, to, partnerId, id, goalId, kind, openFollowUpsOnly, limit);
    }

    public MomentQuery servingGoal(Long id) {
        return new MomentQuery(from, to, partnerId, therapistId, id, kind, openFollowUpsOnly, limit);
    }

    public MomentQuery ofKind(ContactKind value) {
        return new MomentQuery(from, to, partnerId, therapistId, goalId, value, openFollowUpsOnly, limit);
    }

    public MomentQuery openFollowUps(boolean value) {
        return new MomentQuery(from, to, partnerId, therapistId, goalId, kind, value, limit);
    }

    public MomentQuery limitedTo(int value) {
        return new MomentQuery(from, to, partnerId, therapistId, goalId, kind, openFollowUpsOnly, value);
    }
}
