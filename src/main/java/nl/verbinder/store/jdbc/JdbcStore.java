package nl.verbinder.store.jdbc;

import java.time.Clock;
import nl.verbinder.store.AttentionRepository;
import nl.verbinder.store.BulkWriter;
import nl.verbinder.store.CalendarEventRepository;
import nl.verbinder.store.ContactMomentRepository;
import nl.verbinder.store.ContactPersonRepository;
import nl.verbinder.store.EnvironmentNoteRepository;
import nl.verbinder.store.FollowUpRepository;
import nl.verbinder.store.HistoryRepository;
import nl.verbinder.store.ImportRecordRepository;
import nl.verbinder.store.InsightRepository;
import nl.verbinder.store.NetworkRepository;
import nl.verbinder.store.PartnerRepository;
import nl.verbinder.store.PersonalDataRepository;
import nl.verbinder.store.PracticeNetworkRepository;
import nl.verbinder.store.PracticeProfileRepository;
import nl.verbinder.store.RelationshipCheckRepository;
import nl.verbinder.store.SettingRepository;
import nl.verbinder.store.SharedGoalRepository;
import nl.verbinder.store.Store;
import nl.verbinder.store.TherapistRepository;
import nl.verbinder.store.Transactions;
import nl.verbinder.store.TrashRepository;

/**
 * What both stores share: the repositories whose SQL is the same on SQLite and PostgreSQL, made
 * on the store's {@link Database}. Each store adds what is its own (the archive, where the data
 * lives, closing).
 */
public abstract class JdbcStore implements Store {

    private final Database database;
    private final PracticeProfileRepository practiceProfile;
    private final TherapistRepository therapists;
    private final PartnerRepository partners;
    private final ContactPersonRepository contactPersons;
    private final ContactMomentRepository contactMoments;
    private final SharedGoalRepository sharedGoals;
    private final EnvironmentNoteRepository environmentNotes;
    private final PersonalDataRepository personalData;
    private final JdbcAttentionRepository attention;
    private final TrashRepository trash;
    private final NetworkRepository network;
    private final PracticeNetworkRepository practiceNetworks;
    private final SettingRepository settings;
    private final BulkWriter bulkWriter;
    private final ImportRecordRepository importRecords;
    private final InsightRepository insights;
    private final HistoryRepository history;
    private final CalendarEventRepository calendarEvents;
    private final FollowUpRepository followUps;
    private final nl.verbinder.store.SearchRepository search;
    private final RelationshipCheckRepository relationshipChecks;

    protected JdbcStore(Database database, Clock clock) {
        this.database = database;
        this.practiceProfile = new JdbcPracticeProfileRepository(database);
        this.therapists = new JdbcTherapistRepository(database);
        this.partners = new JdbcPartnerRepository(database);
        this.contactPersons = new JdbcContactPersonRepository(database);
        this.contactMoments = new JdbcContactMomentRepository(database);
        this.sharedGoals = new JdbcSharedGoalRepository(database);
        this.environmentNotes = new JdbcEnvironmentNoteRepository(database);
        this.personalData = new JdbcPersonalDataRepository(database);
        this.trash = new JdbcTrashRepository(database);
        this.attention = new JdbcAttentionRepository(database, clock.getZone());
        this.network = new JdbcNetworkRepository(database, clock.getZone());
        this.practiceNetworks = new JdbcPracticeNetworkRepository(database);
        this.settings = new JdbcSettingRepository(database);
        this.bulkWriter = new JdbcBulkWriter(database);
        this.importRecords = new JdbcImportRecordRepository(database);
        this.insights = new JdbcInsightRepository(database, clock.getZone());
        this.history = new JdbcHistoryRepository(database, clock);
        this.calendarEvents = new JdbcCalendarEventRepository(database);
        this.followUps = new JdbcFollowUpRepository(database);
        this.search = new JdbcSearchRepository(database);
        this.relationshipChecks = new JdbcRelationshipCheckRepository(database);
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
    public JdbcAttentionRepository attention() {
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
    public InsightRepository insights() {
        return insights;
    }

    @Override
    public HistoryRepository history() {
        return history;
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
    public nl.verbinder.store.SearchRepository search() {
        return search;
    }

    @Override
    public RelationshipCheckRepository relationshipChecks() {
        return relationshipChecks;
    }
}
