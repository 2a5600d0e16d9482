package nl.verbinder.service;

import java.time.Clock;
import java.util.List;
import nl.verbinder.domain.ConflictException;
import nl.verbinder.domain.FieldError;
import nl.verbinder.domain.PracticeProfile;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.domain.Validator;
import nl.verbinder.store.Store;

/** The practice profile: who the practice is, what it is good at, and for whom. */
public final class PracticeProfileService extends ServiceBase {

    PracticeProfileService(Store store, Clock clock) {
        super(store, clock);
    }

    public PracticeProfile get() {
        return tx().read(() -> store.practiceProfile().load());
    }

    public PracticeProfile save(PracticeProfile edited) {
        return tx().write(() -> {
            PracticeProfile clean = validated(edited);
            if (!store.practiceProfile().save(clean, now())) {
                throw new ConflictException("practice-profile", 1);
            }
            return store.practiceProfile().load();
        });
    }

    public List<FieldError> check(PracticeProfile draft) {
        return errorsOf(draft, PracticeProfileService::validated);
    }

    private static PracticeProfile validated(PracticeProfile p) {
        Validator v = new Validator();
        String name = Fields.required(v, "name", p.name(), Fields.MAX_NAME);
        String street = Fields.optional(v, "street", p.street(), Fields.MAX_NAME);
        String postcode = Fields.postcode(v, "postcode", p.postcode());
        String city = Fields.optional(v, "city", p.city(), Fields.MAX_NAME);
        String specialisations = Fields.optional(v, "specialisations", p.specialisations(), Fields.MAX_TEXT);
        String passions = Fields.optional(v, "passionsAndCompetences", p.passionsAndCompetences(), Fields.MAX_TEXT);
        String strengths = Fields.optional(v, "distinctiveStrengths", p.distinctiveStrengths(), Fields.MAX_TEXT);
        String targetGroups = Fields.optional(v, "targetGroups", p.targetGroups(), Fields.MAX_TEXT);
        v.throwIfInvalid();
        return new PracticeProfile(name, street, postcode, city, specialisations, passions, strengths, targetGroups,
                p.updatedAt(), p.version());
    }
}
