package nl.verbinder.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.verbinder.store.Store;
import nl.verbinder.store.Transactions;

/** What every service has: the store, a clock, and shorthand for its transactions. */
abstract class ServiceBase {

    protected final Store store;
    protected final Clock clock;

    ServiceBase(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    protected Transactions tx() {
        return store.transactions();
    }

    protected Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    protected LocalDate today() {
        return LocalDate.now(clock);
    }
}
