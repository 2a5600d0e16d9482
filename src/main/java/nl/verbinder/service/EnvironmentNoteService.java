package nl.verbinder.service;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.verbinder.domain.EnvironmentFactor;
import nl.verbinder.domain.EnvironmentNote;
import nl.verbinder.domain.TrashItem;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.domain.Validator;
import nl.verbinder.store.Store;

/** Environment-analysis notes (omgevingsanalyse) and which factors they cover. */
public final class EnvironmentNoteService extends RecordService<EnvironmentNote> {

    EnvironmentNoteService(Store store, Clock clock) {
        super(store, clock, new Records<>("environment-note", id -> store.environmentNotes().find(id),
                (r, at) -> store.environmentNotes().insert(r, at), (r, at) -> store.environmentNotes().update(r, at),
                EnvironmentNote::id, EnvironmentNote::version));
    }

    public EnvironmentNote create(EnvironmentNote draft) {
        return tx().write(() -> insertChecked(draft));
    }

    /**
     * Moves the note to the trash with its partners, where {@link TrashService#restore} can put it back.
     *
     * @return the trash item, for the undo
     */
    public long moveToTrash(long id) {
        return tx().write(() -> {
            EnvironmentNote note = records.get(id);
            return store.trash().moveToTrash(TrashItem.Kind.ENVIRONMENT_NOTE, id, note.title(), null, now());
        });
    }

    /** All notes, by factor, newest observation first. */
    public List<EnvironmentNote> list() {
        return tx().read(() -> store.environmentNotes().all());
    }

    /** How many notes each factor has, every factor present (zero when it has none). */
    public Map<EnvironmentFactor, Integer> coverage() {
        Map<EnvironmentFactor, Integer> counts = tx().read(() -> store.environmentNotes().countByFactor());
        Map<EnvironmentFactor, Integer> all = new EnumMap<>(EnvironmentFactor.class);
        for (EnvironmentFactor factor : EnvironmentFactor.values()) {
            all.put(factor, counts.getOrDefault(factor, 0));
        }
        return all;
    }

    /** The four core factors of the method that have no notes yet. */
    public List<EnvironmentFactor> missingCoreFactors() {
        Map<EnvironmentFactor, Integer> coverage = coverage();
        return Arrays.stream(EnvironmentFactor.values())
                .filter(EnvironmentFactor::isCore)
                .filter(f -> coverage.get(f) == 0)
                .toList();
    }

    @Override
    protected EnvironmentNote validated(EnvironmentNote draft) {
        Validator v = new Validator();
        Fields.requiredValue(v, "factor", draft.factor());
        String title = Fields.required(v, "title", draft.title(), Fields.MAX_NAME);
        String area = Fields.optional(v, "area", draft.area(), Fields.MAX_NAME);
        String body = Fields.optional(v, "body", draft.body(), Fields.MAX_TEXT);
        String url = Fields.website(v, "sourceUrl", draft.sourceUrl());
        if (draft.observedOn() != null && draft.observedOn().isAfter(today())) {
            v.add("observedOn", "error.date.future", draft.observedOn());
        }
        for (Long partnerId : draft.partnerIds()) {
            if (store.partners().find(partnerId).isEmpty()) {
                v.add("partners", "error.partner.unknown", String.valueOf(partnerId));
            }
        }
        v.throwIfInvalid();
        return new EnvironmentNote(draft.id(), draft.factor(), area, title, body, draft.sourceKind(), url,
                draft.observedOn(), draft.partnerIds(), draft.createdAt(), draft.updatedAt(), draft.version());
    }
}
