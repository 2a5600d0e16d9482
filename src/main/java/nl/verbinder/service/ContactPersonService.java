package nl.verbinder.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.verbinder.domain.ConflictException;
import nl.verbinder.domain.ContactPerson;
import nl.verbinder.domain.FieldError;
import nl.verbinder.domain.NotFoundException;
import nl.verbinder.domain.Partner;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.domain.Validator;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.store.Store;

/** Contact persons at partners, and erasing a person under the GDPR. */
public final class ContactPersonService extends ServiceBase {

    /** What an erased person's name, e-mail or phone becomes in free text elsewhere. */
    public static final String ERASED = "[…]";

    ContactPersonService(Store store, Clock clock) {
        super(store, clock);
    }

    public ContactPerson add(ContactPerson draft) {
        return tx().write(() -> {
            ContactPerson clean = validated(draft);
            long id = store.contactPersons().insert(clean, now());
            return store.contactPersons().find(id).orElseThrow();
        });
    }

    public ContactPerson update(ContactPerson edited) {
        return tx().write(() -> {
            ContactPerson current = store.contactPersons().find(edited.id())
                    .orElseThrow(() -> new NotFoundException("contact-person", edited.id()));
            if (current.version() != edited.version()) {
                throw new ConflictException("contact-person", edited.id());
            }
            ContactPerson clean = validated(edited);
            if (!store.contactPersons().update(clean, now())) {
                throw new ConflictException("contact-person", edited.id());
            }
            return store.contactPersons().find(edited.id()).orElseThrow();
        });
    }

    public List<FieldError> check(ContactPerson draft) {
        return errorsOf(draft, this::validated);
    }

    public ContactPerson get(long id) {
        return tx().read(() -> store.contactPersons().find(id)
                .orElseThrow(() -> new NotFoundException("contact-person", id)));
    }

    public List<ContactPerson> forPartner(long partnerId) {
        return tx().read(() -> store.contactPersons().forPartner(partnerId));
    }

    /**
     * Erases a person under the GDPR (AVG): the record goes, with its links to contact
     * moments, and the person's name, e-mail address and phone number are taken out of every
     * free text that mentions them (summaries, notes, goals). Freed space in the file is
     * overwritten, so the data is gone from disk too.
     *
     * @return how many other fields were redacted
     */
    public int erase(long id) {
        int redacted = tx().write(() -> {
            ContactPerson person = store.contactPersons().find(id)
                    .orElseThrow(() -> new NotFoundException("contact-person", id));
            store.contactPersons().delete(id);
            List<String> traces = new ArrayList<>();
            traces.add(person.name());
            if (person.email() != null) {
                traces.add(person.email());
            }
            if (person.phone() != null) {
                traces.add(person.phone());
            }
            if (person.linkedinUrl() != null) {
                traces.add(person.linkedinUrl());
            }
            return store.personalData().redact(traces, ERASED);
        });
        store.personalData().purgeFreedSpace();
        return redacted;
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
            ContactPerson current = store.contactPersons().find(keptId)
                    .orElseThrow(() -> new NotFoundException("contact-person", keptId));
            ContactPerson gone = store.contactPersons().find(goneId)
                    .orElseThrow(() -> new NotFoundException("contact-person", goneId));
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

    private ContactPerson validated(ContactPerson draft) {
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
