package nl.verbinder.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import nl.verbinder.domain.GoalStatus;
import nl.verbinder.domain.MomentQuery;
import nl.verbinder.domain.MomentView;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.SharedGoal;
import nl.verbinder.domain.TrashItem;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.domain.Validator;
import nl.verbinder.store.Store;

/** Shared goals (gemeenschappelijke delers) and the partners they join. */
public final class SharedGoalService extends RecordService<SharedGoal> {

    SharedGoalService(Store store, Clock clock) {
        super(store, clock, new Records<>("goal", id -> store.sharedGoals().find(id),
                (r, at) -> store.sharedGoals().insert(r, at), (r, at) -> store.sharedGoals().update(r, at),
                SharedGoal::id, SharedGoal::version));
    }

    public SharedGoal create(SharedGoal draft) {
        return tx().write(() -> {
            SharedGoal clean = validated(draft);
            long id = store.sharedGoals().insert(clean, now());
            if (clean.status() == GoalStatus.ACHIEVED) {
                store.sharedGoals().markAchieved(id, today());
            }
            return store.sharedGoals().find(id).orElseThrow();
        });
    }

    public SharedGoal changeStatus(long id, int version, GoalStatus status) {
        return tx().write(() -> updateChecked(get(id, version).withStatus(status)));
    }

    public SharedGoal linkPartner(long goalId, int version, long partnerId) {
        return changePartners(goalId, version, partners -> partners.add(partnerId));
    }

    public SharedGoal unlinkPartner(long goalId, int version, long partnerId) {
        return changePartners(goalId, version, partners -> partners.remove(partnerId));
    }

    private SharedGoal changePartners(long goalId, int version, Consumer<Set<Long>> change) {
        return tx().write(() -> {
            SharedGoal goal = get(goalId, version);
            Set<Long> partners = new HashSet<>(goal.partnerIds());
            change.accept(partners);
            return updateChecked(goal.withPartnerIds(partners));
        });
    }

    /** The day the goal was achieved, when it is (set when its status became achieved). */
    public Optional<LocalDate> achievedOn(long id) {
        return tx().read(() -> store.sharedGoals().achievedOn(id));
    }

    /** All goals, by status (idea first) and title. */
    public List<SharedGoal> list() {
        return tx().read(() -> store.sharedGoals().all());
    }

    public List<SharedGoal> forPartner(long partnerId) {
        return tx().read(() -> store.sharedGoals().forPartner(partnerId));
    }

    /** The contact moments that served this goal, newest first. */
    public List<MomentView> moments(long goalId) {
        return tx().read(() -> store.contactMoments().list(MomentQuery.all().servingGoal(goalId)));
    }

    /**
     * Moves the goal to the trash with its links (its partners, the moments that served it),
     * where {@link TrashService#restore} can put it back.
     *
     * @return the trash item, for the undo
     */
    public long moveToTrash(long id) {
        return tx().write(() -> {
            SharedGoal goal = records.get(id);
            return store.trash().moveToTrash(TrashItem.Kind.SHARED_GOAL, id, goal.title(), null, now());
        });
    }

    private SharedGoal get(long id, int version) {
        return records.current(id, version);
    }

    /** A saved edit that changed the status sets or clears the day the goal was achieved. */
    @Override
    protected void afterUpdate(SharedGoal current, SharedGoal clean) {
        if (clean.status() != current.status()) {
            store.sharedGoals().markAchieved(clean.id(), clean.status() == GoalStatus.ACHIEVED ? today() : null);
        }
    }

    @Override
    protected SharedGoal validated(SharedGoal draft) {
        Validator v = new Validator();
        String title = Fields.required(v, "title", draft.title(), Fields.MAX_NAME);
        Fields.requiredValue(v, "status", draft.status());
        for (Long partnerId : draft.partnerIds()) {
            Partner partner = store.partners().find(partnerId).orElse(null);
            if (partner == null) {
                v.add("partners", "error.partner.unknown", String.valueOf(partnerId));
            }
        }
        String going = Fields.optional(v, "whatIsGoingOn", draft.whatIsGoingOn(), Fields.MAX_TEXT);
        String matters = Fields.optional(v, "whatMattersForPatient", draft.whatMattersForPatient(), Fields.MAX_TEXT);
        String possibilities = Fields.optional(v, "possibilities", draft.possibilities(), Fields.MAX_TEXT);
        String goFor = Fields.optional(v, "whatWeGoFor", draft.whatWeGoFor(), Fields.MAX_TEXT);
        v.throwIfInvalid();
        return new SharedGoal(draft.id(), title, going, matters, possibilities, goFor, draft.status(),
                draft.targetDate(), draft.partnerIds(), draft.createdAt(), draft.updatedAt(), draft.version());
    }
}
