package nl.verbinder.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;
import nl.verbinder.domain.FieldError;
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
     * The record whose number the user typed (one to eighteen digits), when there is one; empty
     * for any other text, and for a number no record has (a name may be all digits too).
     */
    protected static <T> Optional<T> byNumber(String text, LongFunction<Optional<T>> find) {
        return text.matches("\\d{1,18}") ? find.apply(Long.parseLong(text)) : Optional.empty();
    }

    protected Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    protected LocalDate today() {
        return LocalDate.now(clock);
    }
}
