package nl.verbinder.testutil;

import nl.verbinder.app.SqliteWiring;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.verbinder.service.Services;
import nl.verbinder.store.sqlite.SqliteStore;

/**
 * A fresh Verbinder database in a temp folder, migrated by the real migrations, with the
 * services over it and a fixed clock so dates in tests do not drift.
 */
public final class TestDatabase implements AutoCloseable {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final Path file;
    private final SqliteStore store;
    private final Services services;

    private TestDatabase(Path file, Clock clock) {
        this.file = file;
        this.store = SqliteStore.open(file, clock);
        this.services = SqliteWiring.services(store, clock);
    }

    /** A new database file {@code verbinder.db} in the folder, with today fixed at {@link #TODAY}. */
    public static TestDatabase in(Path folder) {
        return in(folder, fixedClock(TODAY));
    }

    public static TestDatabase in(Path folder, Clock clock) {
        return new TestDatabase(folder.resolve("verbinder.db"), clock);
    }

    public static Clock fixedClock(LocalDate today) {
        return Clock.fixed(today.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    }

    public Path file() {
        return file;
    }

    public SqliteStore store() {
        return store;
    }

    public Services services() {
        return services;
    }

    /** How many rows the table has now, counted with plain SQL through the store's own connection. */
    public int rowCount(String table) {
        return store.database().read(() -> PlainSqlite.integer(store.database().connection(),
                "SELECT count(*) FROM \"" + table + "\""));
    }

    @Override
    public void close() {
        store.close();
    }
}
