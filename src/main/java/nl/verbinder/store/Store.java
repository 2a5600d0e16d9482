package nl.verbinder.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything the services need from storage. Today there is one implementation on an
 * embedded SQLite file ({@code store.sqlite}); a practice with several workstations can get a
 * second one on a shared server without changing the services.
 */
public interface Store extends AutoCloseable {

    Transactions transactions();

    PracticeProfileRepository practiceProfile();

    TherapistRepository therapists();

    PartnerRepository partners();

    ContactPersonRepository contactPersons();

    ContactMomentRepository contactMoments();

    SharedGoalRepository sharedGoals();

    EnvironmentNoteRepository environmentNotes();

    PersonalDataRepository personalData();

    AttentionRepository attention();

    NetworkRepository network();

    /** The networks the practice takes part in (Netwerken), not the map of its partners. */
    PracticeNetworkRepository practiceNetworks();

    SettingRepository settings();

    /** Fast writes of many records, for generated data. */
    BulkWriter bulkWriter();
    ImportRecordRepository importRecords();

    /** The trash of contact moments, shared goals, environment notes and contact persons. */
    TrashRepository trash();

    ArchiveRepository archive();

    /** The change history, written by the store itself in each change's transaction. */
    HistoryRepository history();

    /** Agenda events accepted or skipped, and what matching an agenda needs. */
    CalendarEventRepository calendarEvents();

    /** Open follow-ups by whose they are ("Mijn week"). */
    FollowUpRepository followUps();

    /** Counts for the charts and the quarterly report. */
    InsightRepository insights();

    /** What other workstations change, as it happens; nothing on a store in one file. */
    default ChangeFeed changeFeed() {
        return ChangeFeed.NONE;
    }

    /** The host of the practice server the data lives on; empty for a file on this computer. */
    default Optional<String> serverHost() {
        return Optional.empty();
    }

    /** "Search everything" (Ctrl+K). */
    SearchRepository search();

    /** The relationship check per partner (trust and value). */
    RelationshipCheckRepository relationshipChecks();

    /** Where the data lives, as the user should see it (a file path for SQLite). */
    Path location();

    /** The schema version the data is at. */
    int schemaVersion();

    /**
     * The damage found in the data (a page that cannot be read), if any. A damaged store is
     * open for reading only: what is still readable can be exported and backed up.
     */
    default Optional<String> damage() {
        return Optional.empty();
    }

    /**
     * Tells the listener once when damage is found after opening (by the check of a large file
     * in the background), on the thread that found it. Damage found at opening is in {@link #damage()}.
     */
    default void whenDamageFound(Consumer<String> listener) {
    }

    /**
     * The copies of the whole database the store keeps by itself (made before an update of the
     * file), newest first, with when each is removed. Erased people remain in them until then.
     */
    default List<KeptCopy> keptCopies() {
        return List.of();
    }

    @Override
    void close();
}
