package nl.verbinder.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongBiFunction;
import nl.verbinder.domain.ConflictException;
import nl.verbinder.domain.FieldError;
import nl.verbinder.domain.NotFoundException;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.store.Store;

/**
 * A service over one kind of record that the user edits in a form and that carries a version
 * (partners, contact persons, contact moments, shared goals, therapists, environment notes).
 * It reads one by id, saves an edit under the optimistic lock, and checks a draft as a form
 * does, all by the rules of its {@link #validated} step. Adding a record stays each service's
 * own: its name and its steps differ ({@code add}, {@code create}, {@code log}).
 *
 * @param <T> the record
 */
public abstract class RecordService<T> extends ServiceBase {

    /**
     * How the shared save steps reach the records: the name their errors use, how one is found,
     * inserted and updated, and its id and version.
     */
    protected record Records<R>(String kind, LongFunction<Optional<R>> find, ToLongBiFunction<R, Instant> insert,
            BiPredicate<R, Instant> update, Function<R, Long> id, ToIntFunction<R> version) {

        /** The stored record, or a {@link NotFoundException} naming it. */
        R get(long id) {
            return find.apply(id).orElseThrow(() -> new NotFoundException(kind, id));
        }

        /**
         * The stored record, which must still have the version an edit was read at (else a
         * {@link ConflictException}).
         */
        R current(long id, int expectedVersion) {
            R current = get(id);
            if (version.applyAsInt(current) != expectedVersion) {
                throw new ConflictException(kind, id);
            }
            return current;
        }
    }

    protected final Records<T> records;

    protected RecordService(Store store, Clock clock, Records<T> records) {
        super(store, clock);
        this.records = records;
    }

    /** Checks and cleans a draft: the record as it is stored, or a {@link ValidationException}. */
    protected abstract T validated(T draft);

    /**
     * What an update does besides writing the record, inside its write, with the stored and the
     * written record; nothing unless the service says so.
     */
    protected void afterUpdate(T current, T clean) {
    }

    /** The record; a {@link NotFoundException} when there is none. */
    public T get(long id) {
        return tx().read(() -> records.get(id));
    }

    /**
     * Saves an edited record. Fails with a {@link ConflictException} when someone changed it
     * after {@code edited} was read, so their change is not lost.
     */
    public T update(T edited) {
        return tx().write(() -> updateChecked(edited));
    }

    /** The errors this draft would get when saved, for forms that check as the user types. */
    public List<FieldError> check(T draft) {
        return errorsOf(draft, this::validated);
    }

    /** Inside a write: checks the draft, inserts it, and reads it back. */
    protected T insertChecked(T draft) {
        T clean = validated(draft);
        long id = records.insert().applyAsLong(clean, now());
        return records.find().apply(id).orElseThrow();
    }

    /**
     * Inside a write: the optimistic update of an edited record. The stored one must still have
     * the version the edit was read at, the edit is checked and written (refused when someone
     * wrote in between), {@link #afterUpdate} gets the stored and the written record, and the
     * record is read back.
     */
    protected T updateChecked(T edited) {
        long id = records.id().apply(edited);
        T current = records.current(id, records.version().applyAsInt(edited));
        T clean = validated(edited);
        if (!records.update().test(clean, now())) {
            throw new ConflictException(records.kind(), id);
        }
        afterUpdate(current, clean);
        return records.find().apply(id).orElseThrow();
    }
}
