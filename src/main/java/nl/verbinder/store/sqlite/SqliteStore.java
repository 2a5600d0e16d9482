package nl.verbinder.store.sqlite;

import nl.verbinder.store.jdbc.JdbcAttentionRepository;
import nl.verbinder.store.jdbc.JdbcBulkWriter;
import nl.verbinder.store.jdbc.JdbcContactMomentRepository;
import nl.verbinder.store.jdbc.JdbcContactPersonRepository;
import nl.verbinder.store.jdbc.JdbcEnvironmentNoteRepository;
import nl.verbinder.store.jdbc.JdbcImportRecordRepository;
import nl.verbinder.store.jdbc.JdbcInsightRepository;
import nl.verbinder.store.jdbc.JdbcNetworkRepository;
import nl.verbinder.store.jdbc.JdbcPartnerRepository;
import nl.verbinder.store.jdbc.JdbcPracticeProfileRepository;
import nl.verbinder.store.jdbc.JdbcSettingRepository;
import nl.verbinder.store.jdbc.JdbcSharedGoalRepository;
import nl.verbinder.store.jdbc.JdbcTherapistRepository;
import nl.verbinder.store.jdbc.JdbcHistoryRepository;
import nl.verbinder.store.jdbc.JdbcTrashRepository;
import nl.verbinder.store.jdbc.JdbcPracticeNetworkRepository;
import nl.verbinder.store.jdbc.JdbcCalendarEventRepository;
import nl.verbinder.store.jdbc.JdbcFollowUpRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.verbinder.store.AttentionRepository;
import nl.verbinder.store.BulkWriter;
import nl.verbinder.domain.attention.FactWindow;
import nl.verbinder.store.CalendarEventRepository;
import nl.verbinder.store.FollowUpRepository;
import nl.verbinder.store.ArchiveRepository;
import nl.verbinder.store.ContactMomentRepository;
import nl.verbinder.store.ContactPersonRepository;
import nl.verbinder.store.EnvironmentNoteRepository;
import nl.verbinder.store.ImportRecordRepository;
import nl.verbinder.store.KeptCopy;
import nl.verbinder.store.InsightRepository;
import nl.verbinder.store.NetworkRepository;
import nl.verbinder.store.PracticeNetworkRepository;
import nl.verbinder.store.PartnerRepository;
import nl.verbinder.store.PersonalDataRepository;
import nl.verbinder.store.PracticeProfileRepository;
import nl.verbinder.store.SettingRepository;
import nl.verbinder.store.SharedGoalRepository;
import nl.verbinder.store.Store;
import nl.verbinder.store.TherapistRepository;
import nl.verbinder.store.TrashRepository;
import nl.verbinder.store.Transactions;

/** The store on one SQLite file. */
public final class SqliteStore implements Store {

    private final SqliteDatabase database;
    private final int schemaVersion;
    private final List<Path> backups;
    private List<KeptCopy> keptCopies = List.of();
    private volatile boolean pagesChecked;
    private final PracticeProfileRepository practiceProfile;
    private final TherapistRepository therapists;
    private final PartnerRepository partners;
    private final ContactPersonRepository contactPersons;
    private final ContactMomentRepository contactMoments;
    private final SharedGoalRepository sharedGoals;
    private final EnvironmentNoteRepository environmentNotes;
    private final SqlitePersonalDataRepository personalData;
    private final JdbcAttentionRepository attention;
    private final TrashRepository trash;
    private final NetworkRepository network;
    private final PracticeNetworkRepository practiceNetworks;
    private final SettingRepository settings;
    private final BulkWriter bulkWriter;
    private final ImportRecordRepository importRecords;
    private final SqliteArchiveRepository archive;
    private final InsightRepository insights;
    private final nl.verbinder.store.HistoryRepository history;
    private final CalendarEventRepository calendarEvents;
    private final FollowUpRepository followUps;

    private SqliteStore(SqliteDatabase database, int schemaVersion, List<Path> backups, Clock clock) {
        this.database = database;
        this.schemaVersion = schemaVersion;
        this.backups = backups;
        this.practiceProfile = new JdbcPracticeProfileRepository(database);
        this.therapists = new JdbcTherapistRepository(database);
        this.partners = new JdbcPartnerRepository(database);
        this.contactPersons = new JdbcContactPersonRepository(database);
        this.contactMoments = new JdbcContactMomentRepository(database);
        this.sharedGoals = new JdbcSharedGoalRepository(database);
        this.environmentNotes = new JdbcEnvironmentNoteRepository(database);
        this.personalData = new SqlitePersonalDataRepository(database);
        this.trash = new JdbcTrashRepository(database);
        this.attention = new JdbcAttentionRepository(database);
        this.network = new JdbcNetworkRepository(database);
        this.practiceNetworks = new JdbcPracticeNetworkRepository(database);
        this.settings = new JdbcSettingRepository(database);
        this.bulkWriter = new JdbcBulkWriter(database);
        this.importRecords = new JdbcImportRecordRepository(database);
        this.archive = new SqliteArchiveRepository(database, clock);
        this.insights = new JdbcInsightRepository(database);
        this.history = new JdbcHistoryRepository(database, clock);
        database.useClock(clock);
        this.calendarEvents = new JdbcCalendarEventRepository(database);
        this.followUps = new JdbcFollowUpRepository(database);
    }

    /**
     * Opens the file, creating it (readable by its owner only) or migrating it (after a
     * copy) as needed.
     *
     * @throws nl.verbinder.store.DatabaseFileException when the file is not one Verbinder can open;
     *                                                  the file is then left as it was
     */
    public static SqliteStore open(Path file, Clock clock) {
        return open(file, clock, Migrations.SHIPPED);
    }

    /** Opens the file with other migrations than the shipped ones; for tests of migrating. */
    static SqliteStore open(Path file, Clock clock, Migrations migrations) {
        return open(file, clock, migrations, NetworkDrive.SYSTEM);
    }

    /** Opens the file, asking {@code mountType} what file system its folder is on; for tests of a network drive. */
    static SqliteStore open(Path file, Clock clock, Migrations migrations, java.util.function.Function<Path, String> mountType) {
        NetworkDrive.refuse(file, mountType);
        DatabaseFile databaseFile = new DatabaseFile(file, clock, migrations);
        DatabaseFile.Prepared prepared = databaseFile.prepare(false);
        SqliteDatabase database = new SqliteDatabase(databaseFile.path(), prepared.damage().orElse(null));
        SqliteStore store = new SqliteStore(database, prepared.version(), databaseFile.backups(), clock);
        store.keptCopies = databaseFile.keptCopies();
        store.pagesChecked = prepared.checked();
        return store;
    }

    /**
     * Checks the pages of a file too large to check while opening, on a background thread. When
     * it finds damage, writes are refused from then on with a message that says so. Does nothing
     * when the pages were checked at opening.
     */
    public void checkPagesInBackground() {
        if (pagesChecked) {
            return;
        }
        pagesChecked = true;
        Thread.ofPlatform().daemon().name("verbinder-page-check").start(database::checkPages);
    }

    /** Checks every page of the file now (also a large one); returns the damage found. */
    public Optional<String> checkPages() {
        pagesChecked = true;
        return database.checkPages();
    }

    /** The SQLite connections, for the store's own packages and tests. */
    public SqliteDatabase database() {
        return database;
    }

    /** The copies of the file made before migrations, newest first. */
    public List<Path> backups() {
        return backups;
    }

    /**
     * Copies the database into the (empty or new) file with SQLite's online backup, then checks
     * the copy. Writers wait while it runs; readers do not. Not inside a transaction.
     */
    public void copyDatabaseTo(Path file) {
        archive.copyDatabaseTo(file);
    }

    /**
     * Replaces this empty database with the Verbinder database in the file (checked, an older
     * one migrated in a copy, put in place all or nothing); the file is never changed.
     */
    public void restoreDatabaseFrom(Path file) {
        archive.restoreDatabaseFrom(file);
    }

    /** Rewrites the full-text indexes without what was removed from them, inside the running transaction. */
    public void compactSearchIndexes() {
        personalData.compactSearchIndexes();
    }

    /** Writes erased data out of the file and its log; false when another connection kept the log. */
    public boolean purgeFreedSpace() {
        return personalData.purgeFreedSpace();
    }

    /** The attention facts' SQL as a script for the {@code sqlite3} shell, for the benchmark; inside a read. */
    public String partnerFactsScript(FactWindow window) {
        return attention.partnerFactsScript(window);
    }

    /** The newest schema version this build can open. */
    public static int latestSchemaVersion() {
        return Migrations.LATEST_VERSION;
    }

    @Override
    public Transactions transactions() {
        return database;
    }

    @Override
    public PracticeProfileRepository practiceProfile() {
        return practiceProfile;
    }

    @Override
    public TherapistRepository therapists() {
        return therapists;
    }

    @Override
    public PartnerRepository partners() {
        return partners;
    }

    @Override
    public ContactPersonRepository contactPersons() {
        return contactPersons;
    }

    @Override
    public ContactMomentRepository contactMoments() {
        return contactMoments;
    }

    @Override
    public SharedGoalRepository sharedGoals() {
        return sharedGoals;
    }

    @Override
    public EnvironmentNoteRepository environmentNotes() {
        return environmentNotes;
    }

    @Override
    public PersonalDataRepository personalData() {
        return personalData;
    }

    @Override
    public TrashRepository trash() {
        return trash;
    }

    @Override
    public AttentionRepository attention() {
        return attention;
    }

    @Override
    public NetworkRepository network() {
        return network;
    }

    @Override
    public PracticeNetworkRepository practiceNetworks() {
        return practiceNetworks;
    }

    @Override
    public SettingRepository settings() {
        return settings;
    }

    @Override
    public BulkWriter bulkWriter() {
        return bulkWriter;
    }

    @Override
    public ImportRecordRepository importRecords() {
        return importRecords;
    }

    @Override
    public ArchiveRepository archive() {
        return archive;
    }

    @Override
    public nl.verbinder.store.HistoryRepository history() {
        return history;
    }

    @Override
    public InsightRepository insights() {
        return insights;
    }

    @Override
    public CalendarEventRepository calendarEvents() {
        return calendarEvents;
    }

    @Override
    public FollowUpRepository followUps() {
        return followUps;
    }

    @Override
    public Path location() {
        return database.file();
    }

    @Override
    public int schemaVersion() {
        return schemaVersion;
    }

    @Override
    public Optional<String> damage() {
        return database.damage();
    }

    @Override
    public void whenDamageFound(java.util.function.Consumer<String> listener) {
        database.whenDamageFound(listener);
    }

    @Override
    public List<KeptCopy> keptCopies() {
        return keptCopies;
    }

    @Override
    public void close() {
        database.close();
    }
}
