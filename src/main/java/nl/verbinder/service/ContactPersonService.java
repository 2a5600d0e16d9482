package nl.verbinder.service;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.verbinder.domain.ConflictException;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.Mention;
import nl.verbinder.domain.MentionKind;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.PersonTraces;
import nl.verbinder.domain.TrashItem;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.domain.Validator;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.store.Store;

/** Contact persons at partners, and erasing a person under the GDPR. */
public final class ContactPersonService extends RecordService<ContactPerson> {

    /** What an erased person's name, e-mail or phone becomes in free text elsewhere. */
    public static final String ERASED = "[…]";

    /** Set while an erase's clean-up of the file has not finished. */
    static final String PURGE_PENDING = "privacy.erase-clean-up-pending";

    private final LocalDatabaseFile localFile;

    ContactPersonService(Store store, Clock clock, LocalDatabaseFile localFile) {
        super(store, clock, new Records<>("contact-person", id -> store.contactPersons().find(id),
                (r, at) -> store.contactPersons().insert(r, at), (r, at) -> store.contactPersons().update(r, at),
                ContactPerson::id, ContactPerson::version));
        this.localFile = localFile;
    }

    public ContactPerson add(ContactPerson draft) {
        return tx().write(() -> insertChecked(draft));
    }

    /**
     * Moves the person to the trash with the moments they took part in (the links, not the
     * moments), where {@link TrashService#restore} can put them back. Erasing under the GDPR is
     * {@link #erasePerson}; a person in the trash is erased by deleting them there for good.
     *
     * @return the trash item, for the undo
     */
    public long moveToTrash(long id) {
        return tx().write(() -> {
            ContactPerson person = records.get(id);
            return store.trash().moveToTrash(TrashItem.Kind.CONTACT_PERSON, id, person.name(), person.partnerId(),
                    now());
        });
    }

    public List<ContactPerson> forPartner(long partnerId) {
        return tx().read(() -> store.contactPersons().forPartner(partnerId));
    }

    /**
     * Every place where another record mentions the person, for the user to confirm before
     * erasing: with the record, the field and the text around it. The full name, e-mail
     * address, phone number and LinkedIn address are found in any notation (case, accents,
     * spaces and line breaks, +31 or 0); the surname alone and the first name alone are found
     * too, for the user to choose ({@link MentionKind}).
     */
    public List<Mention> findMentions(long personId) {
        return tx().read(() -> {
            ContactPerson person = records.get(personId);
            return store.personalData().findMentions(PersonTraces.of(person), personId);
        });
    }

    /**
     * Erases a person under the GDPR (AVG), in one transaction: the record goes, with its
     * links to contact moments, and the mentions of the person in other records are replaced
     * by {@link #ERASED}: every mention that leaves no doubt (full name, e-mail address,
     * phone, LinkedIn), found again as the erase runs, and of the others (surname or first
     * name alone) those the user confirmed. Every record that changes gets a higher version,
     * so a form opened before the erase cannot save the name back. Afterwards the freed space
     * in the file and its log is overwritten (on the practice server: its tables are rewritten);
     * when that cannot finish now (another process reads), it is finished at the next start
     * ({@link #finishPendingErasure}).
     *
     * @param confirmed the mentions the user chose, as {@link #findMentions} gave them
     * @return how many fields in other records changed
     */
    public int erasePerson(long personId, Collection<Mention> confirmed) {
        Set<String> chosen = confirmed.stream().map(Mention::key).collect(Collectors.toSet());
        int redacted = eraseInTransaction(personId, m -> m.kind().alwaysErased() || chosen.contains(m.key()));
        finishPendingErasure();
        return redacted;
    }

    /**
     * Erases a person with the mentions that are proposed without asking: all but the first
     * name alone ({@link Mention#proposed()}).
     *
     * @return how many fields in other records changed
     */
    public int erase(long id) {
        int redacted = eraseInTransaction(id, Mention::proposed);
        finishPendingErasure();
        return redacted;
    }

    /** The erase itself, committed with a note that the file still needs its clean-up. */
    int eraseInTransaction(long personId, Predicate<Mention> chosen) {
        return tx().write(() -> {
            ContactPerson person = records.get(personId);
            store.personalData().markReferencesChanged(personId);
            store.contactPersons().delete(personId);
            int changed = store.personalData().redact(PersonTraces.of(person), personId, chosen, ERASED);
            // The history keeps that a person was erased, not who: their record's fields and name go,
            // and so does every mention in what the history kept of other records (also of the lines above).
            store.history().forgetPerson(personId, person.partnerId());
            store.personalData().redactHistory(PersonTraces.of(person), ERASED);
            localFile.compactSearchIndexes();
            store.settings().put(PURGE_PENDING, now().toString(), now());
            return changed;
        });
    }

    /**
     * Finishes the clean-up of an erase that could not finish (the app stopped, or another
     * process was reading): overwrites what the log still holds. Called at every start;
     * does nothing when no erase is waiting.
     *
     * @return true when nothing is waiting any more
     */
    public boolean finishPendingErasure() {
        boolean pending = tx().read(() -> !store.settings().withPrefix(PURGE_PENDING).isEmpty());
        if (!pending) {
            return true;
        }
        if (!localFile.purgeAfterErase()) {
            return false;
        }
        tx().writing(() -> store.settings().remove(PURGE_PENDING));
        return true;
    }

    /**
     * Merges two contact persons that are the same person, in one transaction: {@code kept}
     * stays with the field values the user chose (its version as the user saw it); the
     * contact moments the other one took part in name the kept one instead, and the other
     * one is deleted (not erased: their details live on in the kept person).
     *
     * @return the person that stayed, as stored
     */
    public ContactPerson merge(ContactPerson kept, long goneId, int goneVersion) {
        return tx().write(() -> {
            long keptId = kept.id();
            if (keptId == goneId) {
                throw new VerbinderException("error.merge.same-person");
            }
            ContactPerson current = records.get(keptId);
            ContactPerson gone = records.get(goneId);
            if (current.version() != kept.version()) {
                throw new ConflictException("contact-person", keptId);
            }
            if (gone.version() != goneVersion) {
                throw new ConflictException("contact-person", goneId);
            }
            if (gone.partnerId() != current.partnerId() || kept.partnerId() != current.partnerId()) {
                throw new VerbinderException("error.merge.other-partner", current.name(), gone.name());
            }
            ContactPerson clean = validated(kept);
            if (!store.contactPersons().update(clean, now())) {
                throw new ConflictException("contact-person", keptId);
            }
            store.contactMoments().moveContactPersonLinks(goneId, keptId, now());
            store.contactPersons().delete(goneId);
            return store.contactPersons().find(keptId).orElseThrow();
        });
    }

    /** How many fields anywhere in the database still mention this text; for checking an erasure. */
    public int countMentions(String text) {
        return tx().read(() -> store.personalData().countOccurrences(text));
    }

    @Override
    protected ContactPerson validated(ContactPerson draft) {
        Validator v = new Validator();
        Partner partner = store.partners().find(draft.partnerId()).orElse(null);
        if (partner == null || partner.inTrash()) {
            v.add("partner", "error.partner.unknown", String.valueOf(draft.partnerId()));
        }
        String name = Fields.required(v, "name", draft.name(), Fields.MAX_NAME);
        String role = Fields.optional(v, "role", draft.role(), Fields.MAX_NAME);
        String email = Fields.email(v, "email", draft.email());
        String phone = Fields.phone(v, "phone", draft.phone());
        String linkedin = Fields.linkedIn(v, "linkedinUrl", draft.linkedinUrl());
        String notes = Fields.optional(v, "notes", draft.notes(), Fields.MAX_TEXT);
        v.throwIfInvalid();
        return new ContactPerson(draft.id(), draft.partnerId(), name, role, email, phone, linkedin, notes,
                draft.createdAt(), draft.updatedAt(), draft.version());
    }
}
