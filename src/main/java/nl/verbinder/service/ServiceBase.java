package nl.verbinder.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.LongFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongBiFunction;
import java.util.function.UnaryOperator;
import nl.verbinder.domain.ConflictException;
import nl.verbinder.domain.FieldError;
import nl.verbinder.domain.NotFoundException;
import nl.verbinder.domain.ValidationException;
import nl.verbinder.store.Store;
import nl.verbinder.store.Transactions;

/** What every service has: the store, a clock, and shorthand for its transactions. */
public abstract class ServiceBase {

    protected final Store store;
    protected final Clock clock;

    protected ServiceBase(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    protected Transactions tx() {
        return store.transactions();
    }

    /**
     * What a form's live check asks: the field errors saving this draft would give (none when
     * it would be stored), by the same rules as saving, in a read transaction.
     */
    protected <D> List<FieldError> errorsOf(D draft, UnaryOperator<D> validated) {
        try {
            tx().read(() -> validated.apply(draft));
            return List.of();
        } catch (ValidationException e) {
            return e.errors();
        }
    }

    /**
     * How the shared save steps reach one kind of record that carries a version: the name its
     * errors use, how it is found, inserted and updated, and its id and version.
     */
    protected record Records<T>(String kind, LongFunction<Optional<T>> find, ToLongBiFunction<T, Instant> insert,
            BiPredicate<T, Instant> update, ToIntFunction<T> version) {

        /** The stored record, or a {@link NotFoundException} naming it. */
        T get(long id) {
            return find.apply(id).orElseThrow(() -> new NotFoundException(kind, id));
        }

        /**
         * The stored record, which must still have the version an edit was read at (else a
         * {@link ConflictException}).
         */
        T current(long id, int expectedVersion) {
            T current = get(id);
            if (version.applyAsInt(current) != expectedVersion) {
                throw new ConflictException(kind, id);
            }
            return current;
        }
    }

    /** Inside a write: checks the draft, inserts it, and reads it back. */
    protected <T> T insertChecked(Records<T> records, T draft, UnaryOperator<T> validated) {
        T clean = validated.apply(draft);
        long id = records.insert().applyAsLong(clean, now());
        return records.find().apply(id).orElseThrow();
    }

    /**
     * Inside a write: the optimistic update of an edited record. The stored one must still have
     * the version the edit was read at, the edit is checked and written (refused when someone
     * wrote in between), {@code afterWrite} gets the stored and the written record, and the
     * record is read back.
     */
    protected <T> T updateChecked(Records<T> records, long id, T edited, UnaryOperator<T> validated,
            BiConsumer<T, T> afterWrite) {
        T current = records.current(id, records.version().applyAsInt(edited));
        T clean = validated.apply(edited);
        if (!records.update().test(clean, now())) {
            throw new ConflictException(records.kind(), id);
        }
        afterWrite.accept(current, clean);
        return records.find().apply(id).orElseThrow();
    }

    /** {@link #updateChecked(Records, long, Object, UnaryOperator, BiConsumer)} with nothing after the write. */
    protected <T> T updateChecked(Records<T> records, long id, T edited, UnaryOperator<T> validated) {
        return updateChecked(records, id, edited, validated, (current, clean) -> { });
    }

    protected Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    protected LocalDate today() {
        return LocalDate.now(clock);
    }
}
