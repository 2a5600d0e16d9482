package nl.verbinder.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.verbinder.domain.ConflictException;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.FieldError;
import nl.verbinder.domain.MomentField;
import nl.verbinder.domain.MomentQuery;
import nl.verbinder.domain.MomentView;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.TrashItem;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.domain.Validator;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.store.Store;

/** Contact moments: log one right after a meeting, list them, and follow up. */
public final class ContactMomentService extends RecordService<ContactMoment> {

    ContactMomentService(Store store, Clock clock) {
        super(store, clock, new Records<>("contact-moment", id -> store.contactMoments().find(id),
                (r, at) -> store.contactMoments().insert(r, at), (r, at) -> store.contactMoments().update(r, at),
                ContactMoment::id, ContactMoment::version));
    }

    /** Logs a contact moment and returns it as stored. */
    public ContactMoment log(ContactMoment draft) {
        return tx().write(() -> insertChecked(draft));
    }

    /**
     * Logs a moment the workstation made an id for (the outbox), once: when a moment with this
     * id arrived before (an earlier send whose answer was lost), that one is returned and
     * nothing is logged again.
     */
    public ContactMoment logOnce(ContactMoment draft, String clientId) {
        return tx().write(() -> {
            var earlier = store.contactMoments().findByClientId(clientId);
            if (earlier.isPresent()) {
                return store.contactMoments().find(earlier.get()).orElseThrow();
            }
            ContactMoment clean = validated(draft);
            long id = store.contactMoments().insert(clean, clientId, now());
            return store.contactMoments().find(id).orElseThrow();
        });
    }

    /**
     * Moves the moment to the trash with its links (contact persons, therapists, goals), where
     * {@link TrashService#restore} can put it back.
     *
     * @return the trash item, for the undo
     */
    public long moveToTrash(long id) {
        return tx().write(() -> {
            ContactMoment moment = records.get(id);
            return store.trash().moveToTrash(TrashItem.Kind.CONTACT_MOMENT, id, moment.summary(), moment.partnerId(),
                    now());
        });
    }

    /** Marks a moment's follow-up done today. */
    public ContactMoment markFollowUpDone(long id, int version) {
        return markFollowUpDone(id, version, today());
    }

    public ContactMoment markFollowUpDone(long id, int version, LocalDate doneOn) {
        return tx().write(() -> {
            ContactMoment moment = records.get(id);
            if (moment.followUp() == null) {
                throw new VerbinderException("error.follow-up.none");
            }
            if (doneOn == null || doneOn.isBefore(moment.date())) {
                throw new ValidationException(FieldError.of(MomentField.FOLLOW_UP_DONE, "error.follow-up.done-before-moment",
                        moment.date()));
            }
            if (!store.contactMoments().markFollowUpDone(id, version, doneOn, now())) {
                throw new ConflictException("contact-moment", id);
            }
            return store.contactMoments().find(id).orElseThrow();
        });
    }

    /** A partner's contact moments, newest first. */
    public List<MomentView> timeline(long partnerId) {
        return tx().read(() -> store.contactMoments().list(MomentQuery.all().forPartner(partnerId)));
    }

    public List<MomentView> list(MomentQuery query) {
        return tx().read(() -> store.contactMoments().list(query));
    }

    /** How many contact moments the query finds, whatever its limit (the total beside a page of them). */
    public int count(MomentQuery query) {
        return tx().read(() -> store.contactMoments().count(query));
    }

    /** How many contact moments a partner has, also while it is in the trash (what goes when it is deleted for good). */
    public int countForPartner(long partnerId) {
        return tx().read(() -> store.contactMoments().countForPartner(partnerId));
    }

    /** The first day a contact moment may have: anything earlier is a typo. */
    public static final LocalDate EARLIEST_MOMENT = LocalDate.of(1970, 1, 1);

    @Override
    protected ContactMoment validated(ContactMoment draft) {
        Validator v = new Validator();
        Partner partner = store.partners().find(draft.partnerId()).orElse(null);
        if (partner == null || partner.inTrash()) {
            v.add(MomentField.PARTNER, "error.partner.unknown", String.valueOf(draft.partnerId()));
        }
        LocalDate date = Fields.requiredDate(v, MomentField.DATE, draft.date());
        if (date != null && date.isAfter(today())) {
            v.add(MomentField.DATE, "error.date.future", date);
        } else if (date != null && date.isBefore(EARLIEST_MOMENT)) {
            // A typo (0001-01-01, 1926 for 2026) rather than a contact: no practice logs that far back.
            v.add(MomentField.DATE, "error.date.too-early", date, EARLIEST_MOMENT);
        }
        Fields.requiredValue(v, MomentField.KIND, draft.kind());
        String summary = Fields.required(v, MomentField.SUMMARY, draft.summary(), Fields.MAX_TEXT);
        String offered = Fields.optional(v, MomentField.OFFERED, draft.offered(), Fields.MAX_TEXT);
        String asked = Fields.optional(v, MomentField.ASKED, draft.asked(), Fields.MAX_TEXT);
        String followUp = Fields.optional(v, MomentField.FOLLOW_UP, draft.followUp(), Fields.MAX_TEXT);
        if (followUp == null && draft.followUpDue() != null) {
            v.add(MomentField.FOLLOW_UP, "error.follow-up.text-needed");
        }
        if (followUp == null && draft.followUpDone() != null) {
            v.add(MomentField.FOLLOW_UP, "error.follow-up.text-needed");
        }
        if (date != null && draft.followUpDue() != null && draft.followUpDue().isBefore(date)) {
            v.add(MomentField.FOLLOW_UP_DUE, "error.follow-up.due-before-moment", date);
        }
        if (date != null && draft.followUpDone() != null && draft.followUpDone().isBefore(date)) {
            v.add(MomentField.FOLLOW_UP_DONE, "error.follow-up.done-before-moment", date);
        }
        if (draft.loggedBy() != null && store.therapists().find(draft.loggedBy()).isEmpty()) {
            v.add(MomentField.LOGGED_BY, "error.therapist.unknown", draft.loggedBy());
        }
        for (Long therapistId : draft.therapistIds()) {
            if (store.therapists().find(therapistId).isEmpty()) {
                v.add(MomentField.THERAPISTS, "error.therapist.unknown", therapistId);
            }
        }
        for (Long personId : draft.contactPersonIds()) {
            ContactPerson person = store.contactPersons().find(personId).orElse(null);
            if (person == null || person.partnerId() != draft.partnerId()) {
                v.add(MomentField.CONTACT_PERSONS, "error.contact-person.not-at-partner", personId);
            }
        }
        for (Long goalId : draft.goalIds()) {
            if (store.sharedGoals().find(goalId).isEmpty()) {
                v.add(MomentField.GOALS, "error.goal.unknown", goalId);
            }
        }
        v.throwIfInvalid();
        return draft.toBuilder()
                .summary(summary)
                .offered(offered)
                .asked(asked)
                .followUp(followUp)
                .followUpTheirs(followUp != null && draft.followUpTheirs())
                .build();
    }
}
