package nl.verbinder.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.verbinder.domain.FieldError;
import nl.verbinder.domain.NotFoundException;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.Validator;
import nl.verbinder.domain.relationship.RelationshipCheck;
import nl.verbinder.domain.relationship.RelationshipPoint;
import nl.verbinder.domain.relationship.RelationshipQuestion;
import nl.verbinder.store.Store;

/**
 * The relationship check per partner: three trust questions and three value questions, each
 * 1-4, giving a trust score and a value score. Saving a check also sets the partner's trust
 * (1-5), which the attention score uses as it always did; the trust × value chart (Inzicht)
 * shows which relationships to invest in, keep, or let go.
 */
public final class RelationshipCheckService extends ServiceBase {

    public RelationshipCheckService(Store store, Clock clock) {
        super(store, clock);
    }

    /** The partner's check; an empty one when it has none yet. */
    public RelationshipCheck check(long partnerId) {
        return tx().read(() -> {
            partner(partnerId);
            return store.relationshipChecks().find(partnerId).orElseGet(() -> RelationshipCheck.empty(partnerId));
        });
    }

    /** Saves the answers (an answer left out stays open), dated today; the partner's trust follows the trust answers. */
    public RelationshipCheck save(long partnerId, Map<RelationshipQuestion, Integer> answers) {
        return save(partnerId, answers, today());
    }

    /** Saves the answers as checked on {@code day}. */
    public RelationshipCheck save(long partnerId, Map<RelationshipQuestion, Integer> answers, LocalDate day) {
        return save(new RelationshipCheck(partnerId, answers, day));
    }

    /** Saves the check (its day: when it was answered); the partner's trust follows its trust answers. */
    public RelationshipCheck save(RelationshipCheck draft) {
        return tx().write(() -> {
            RelationshipCheck check = validated(draft);
            store.relationshipChecks().save(check, check.trustLevel(), now());
            return check;
        });
    }

    /** The errors this check would get when saved, for the form. */
    public List<FieldError> check(RelationshipCheck draft) {
        return errorsOf(draft, this::validated);
    }

    private RelationshipCheck validated(RelationshipCheck draft) {
        Validator v = new Validator();
        Partner partner = store.partners().find(draft.partnerId()).orElse(null);
        if (partner == null || partner.inTrash()) {
            v.add("partner", "error.partner.unknown", String.valueOf(draft.partnerId()));
        }
        draft.answers().forEach((q, a) -> {
            if (a < RelationshipQuestion.MIN || a > RelationshipQuestion.MAX) {
                v.add("relationship." + q.code(), "error.relationship.answer", RelationshipQuestion.MIN,
                        RelationshipQuestion.MAX);
            }
        });
        LocalDate day = draft.checkedOn();
        if (day == null) {
            v.add("checkedOn", "error.required");
        } else if (day.isAfter(today())) {
            v.add("checkedOn", "error.date.future", day);
        }
        v.throwIfInvalid();
        return draft;
    }

    /** Every partner with a check (not in the trash, not ended), by name: the trust × value chart. */
    public List<RelationshipPoint> chart() {
        return tx().read(() -> store.relationshipChecks().chart());
    }

    /**
     * Keeps an existing check in step when a partner's trust is set by hand (the partner form,
     * an import): the trust answers become those of that trust; the value answers stay. Runs
     * inside the caller's transaction.
     */
    static void followTrust(Store store, long partnerId, Integer trust, Instant now) {
        RelationshipCheck current = store.relationshipChecks().find(partnerId).orElse(null);
        if (current == null && trust == null) {
            return;
        }
        if (current != null && Objects.equals(current.trustLevel(), trust)) {
            return;
        }
        Map<RelationshipQuestion, Integer> answers = new EnumMap<>(RelationshipQuestion.class);
        if (current != null) {
            answers.putAll(current.answers());
        }
        for (RelationshipQuestion q : RelationshipQuestion.values()) {
            if (q.isTrust()) {
                answers.remove(q);
            }
        }
        if (trust != null) {
            answers.putAll(RelationshipCheck.fromTrust(partnerId, trust).answers());
        }
        RelationshipCheck next = new RelationshipCheck(partnerId, answers, current == null ? null : current.checkedOn());
        store.relationshipChecks().save(next, trust, now);
    }

    private Partner partner(long partnerId) {
        return store.partners().find(partnerId).orElseThrow(() -> new NotFoundException("partner", partnerId));
    }
}
