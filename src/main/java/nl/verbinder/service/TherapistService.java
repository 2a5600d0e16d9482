package nl.verbinder.service;

import java.time.Clock;
import java.util.List;
import nl.verbinder.domain.FieldError;
import nl.verbinder.domain.Therapist;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.domain.Validator;
import nl.verbinder.store.Store;

/** The practice's therapists. */
public final class TherapistService extends RecordService<Therapist> {

    TherapistService(Store store, Clock clock) {
        super(store, clock, new Records<>("therapist", id -> store.therapists().find(id),
                (r, at) -> store.therapists().insert(r, at), (r, at) -> store.therapists().update(r, at),
                Therapist::id, Therapist::version));
    }

    public Therapist add(Therapist draft) {
        return tx().write(() -> insertChecked(draft));
    }

    /** All therapists, active ones first. */
    public List<Therapist> list() {
        return tx().read(() -> store.therapists().all());
    }

    public List<Therapist> active() {
        return list().stream().filter(Therapist::active).toList();
    }

    /** The therapist with this name (ignoring case) or id; an error on {@code field} when there is none. */
    public Therapist resolve(String nameOrId, String field) {
        return tx().read(() -> {
            String text = nameOrId == null ? "" : nameOrId.strip();
            return byNumber(text, store.therapists()::find).or(() -> store.therapists().findByName(text))
                    .orElseThrow(() -> {
                        List<String> known = store.therapists().all().stream().map(Therapist::name).toList();
                        if (known.isEmpty()) {
                            return new ValidationException(FieldError.of(field, "error.therapist.none", text));
                        }
                        return new ValidationException(FieldError.of(field, "error.therapist.unknown-name", text,
                                String.join(", ", known)));
                    });
        });
    }

    @Override
    protected Therapist validated(Therapist draft) {
        Validator v = new Validator();
        String name = Fields.required(v, "name", draft.name(), Fields.MAX_NAME);
        Fields.requiredValue(v, "role", draft.role());
        String competences = Fields.optional(v, "competences", draft.competences(), Fields.MAX_TEXT);
        if (name != null) {
            store.therapists().findByName(name)
                    .filter(other -> !other.id().equals(draft.id()))
                    .ifPresent(other -> v.add("name", "error.therapist.duplicate", name));
        }
        v.throwIfInvalid();
        return new Therapist(draft.id(), name, draft.role(), draft.active(), competences, draft.createdAt(),
                draft.updatedAt(), draft.version());
    }
}
