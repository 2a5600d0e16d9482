package nl.verbinder.store.postgres;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import nl.verbinder.store.CalendarEventRepository;
import nl.verbinder.store.FollowUpRepository;
import nl.verbinder.store.HistoryRepository;
import nl.verbinder.store.PracticeNetworkRepository;
import nl.verbinder.store.TrashRepository;
import nl.verbinder.store.jdbc.JdbcCalendarEventRepository;
import nl.verbinder.store.jdbc.JdbcFollowUpRepository;
import nl.verbinder.store.jdbc.JdbcHistoryRepository;
import nl.verbinder.store.jdbc.JdbcPracticeNetworkRepository;
import nl.verbinder.store.jdbc.JdbcTrashRepository;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import nl.verbinder.store.ArchiveRepository;
import nl.verbinder.store.AttentionRepository;
import nl.verbinder.store.BulkWriter;
import nl.verbinder.store.ContactMomentRepository;
import nl.verbinder.store.ContactPersonRepository;
import nl.verbinder.store.EnvironmentNoteRepository;
import nl.verbinder.store.HistoryRepository;
import nl.verbinder.store.ImportRecordRepository;
import nl.verbinder.store.InsightRepository;
import nl.verbinder.store.NetworkRepository;
import nl.verbinder.store.PartnerRepository;
import nl.verbinder.store.PersonalDataRepository;
import nl.verbinder.store.PracticeProfileRepository;
import nl.verbinder.store.SettingRepository;
import nl.verbinder.store.SharedGoalRepository;
import nl.verbinder.store.Store;
import nl.verbinder.store.StoreException;
import nl.verbinder.store.TherapistRepository;
import nl.verbinder.store.Transactions;
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
import nl.verbinder.store.jdbc.Sql;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The store on a practice server (PostgreSQL 15 or newer): the repositories of {@code store.jdbc}
 * over {@link PostgresDatabase}, and the server's own archive. Opening checks the database
 * before anything is written: a database of another application, or of a newer Verbinder, is
 * refused; an empty one, or an older Verbinder one, is brought up to date by the migrations.
 */
public final class PostgresStore implements Store {

    private final PostgresDatabase database;
    private final String description;
    private final int schemaVersion;
    private final PracticeProfileRepository practiceProfile;
    private final TherapistRepository therapists;
    private final PartnerRepository partners;
    private final ContactPersonRepository contactPersons;
    private final ContactMomentRepository contactMoments;
    private final SharedGoalRepository sharedGoals;
    private final EnvironmentNoteRepository environmentNotes;
    private final PersonalDataRepository personalData;
    private final AttentionRepository attention;
    private final NetworkRepository network;
    private final SettingRepository settings;
    private final BulkWriter bulkWriter;
    private final ImportRecordRepository importRecords;
    private final ArchiveRepository archive;
    private final InsightRepository insights;
    private final HistoryRepository history;
    private final TrashRepository trash;
    private final PracticeNetworkRepository practiceNetworks;
    private final CalendarEventRepository calendarEvents;
    private final FollowUpRepository followUps;

    private PostgresStore(PostgresDatabase database, String description, int schemaVersion, Clock clock) {
        this.database = database;
        this.description = description;
        this.schemaVersion = schemaVersion;
        this.practiceProfile = new JdbcPracticeProfileRepository(database);
        this.therapists = new JdbcTherapistRepository(database);
        this.partners = new JdbcPartnerRepository(database);
        this.contactPersons = new JdbcContactPersonRepository(database);
        this.contactMoments = new JdbcContactMomentRepository(database);
        this.sharedGoals = new JdbcSharedGoalRepository(database);
        this.environmentNotes = new JdbcEnvironmentNoteRepository(database);
        this.personalData = new PostgresPersonalDataRepository(database);
        this.attention = new JdbcAttentionRepository(database);
        this.network = new JdbcNetworkRepository(database);
        this.settings = new JdbcSettingRepository(database);
        this.bulkWriter = new JdbcBulkWriter(database);
        this.importRecords = new JdbcImportRecordRepository(database);
        this.archive = new PostgresArchiveRepository(database);
        this.insights = new JdbcInsightRepository(database);
        this.history = new JdbcHistoryRepository(database, clock);
        this.trash = new JdbcTrashRepository(database);
        this.practiceNetworks = new JdbcPracticeNetworkRepository(database);
        this.calendarEvents = new JdbcCalendarEventRepository(database);
        this.followUps = new JdbcFollowUpRepository(database);
        database.useClock(clock);
    }

    /** Opens the server's database as the user, with the password (null: none, or from ~/.pgpass). */
    public static PostgresStore open(ServerAddress address, char[] password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(address.jdbcUrl());
        Properties properties = address.properties(password);
        dataSource.setUser(properties.getProperty("user"));
        if (password != null) {
            dataSource.setPassword(new String(password));
        }
        dataSource.setSslMode(address.sslMode());
        dataSource.setConnectTimeout(10);
        dataSource.setApplicationName("Verbinder");
        return open(dataSource, address.toString());
    }

    /** Opens the database behind the data source; {@code description} says where it is, without a password. */
    public static PostgresStore open(DataSource dataSource, String description) {
        return open(dataSource, description, Clock.systemUTC());
    }

    /** As {@link #open(DataSource, String)}, with the clock the change history takes its "when" from. */
    public static PostgresStore open(DataSource dataSource, String description, Clock clock) {
        int version = prepare(dataSource, description);
        return new PostgresStore(new PostgresDatabase(dataSource), description, version, clock);
    }

    /** Checks the database (refusing another application's or a newer one) and migrates it. */
    private static int prepare(DataSource dataSource, String description) {
        try (Connection c = connect(dataSource, description)) {
            List<String> tables = Sql.list(c, """
                    SELECT table_name FROM information_schema.tables
                    WHERE table_schema = current_schema() ORDER BY table_name
                    """, row -> row.getString(1));
            if (!tables.isEmpty()) {
                if (!tables.contains(PostgresMigrations.HISTORY_TABLE) || !tables.contains("partner")) {
                    throw new StoreException("server.not-verbinder", null, description);
                }
                int found = Sql.integer(c, "SELECT coalesce(max(CAST(version AS integer)), 0) FROM "
                        + PostgresMigrations.HISTORY_TABLE + " WHERE success AND version IS NOT NULL");
                if (found > PostgresMigrations.LATEST_VERSION) {
                    throw new StoreException("server.newer-version", null, description, found,
                            PostgresMigrations.LATEST_VERSION);
                }
                boolean failed = Sql.integer(c, "SELECT count(*) FROM " + PostgresMigrations.HISTORY_TABLE
                        + " WHERE NOT success") > 0;
                if (found == PostgresMigrations.LATEST_VERSION && !failed) {
                    return found; // up to date: no need to start Flyway (half a second per opening)
                }
            }
        } catch (SQLException e) {
            throw failure(e, description);
        }
        try {
            return PostgresMigrations.migrate(dataSource);
        } catch (RuntimeException e) {
            throw new StoreException("server.migration-failed", e, description, String.valueOf(e.getMessage()));
        }
    }

    private static Connection connect(DataSource dataSource, String description) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw failure(e, description);
        }
    }

    /** A failure to reach or use the server, in words, never with a password. */
    static StoreException failure(SQLException e, String description) {
        String state = String.valueOf(e.getSQLState());
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return new StoreException("server.unknown-host", e, description);
            }
            if (t instanceof ConnectException) {
                return new StoreException("server.down", e, description);
            }
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return new StoreException("server.password", e, description);
        }
        if (state.equals("3D000")) {
            return new StoreException("server.no-database", e, description);
        }
        if (state.startsWith("08")) {
            return new StoreException("server.down", e, description);
        }
        return Sql.failure(e);
    }

    /** The connections, for the store's own package and its tests. */
    PostgresDatabase database() {
        return database;
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
    public AttentionRepository attention() {
        return attention;
    }

    @Override
    public NetworkRepository network() {
        return network;
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
    public HistoryRepository history() {
        return history;
    }

    @Override
    public PracticeNetworkRepository practiceNetworks() {
        return practiceNetworks;
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
    public TrashRepository trash() {
        return trash;
    }

    @Override
    public InsightRepository insights() {
        return insights;
    }

    /**
     * Not a file: the server's address as a path ({@code postgresql:/host:5432/verbinder?user=anna}
     * on Linux and macOS, which {@code app} recognises when it is opened again); where an address
     * cannot be a path (Windows), a name made of it.
     */
    @Override
    public Path location() {
        try {
            return Path.of(description);
        } catch (java.nio.file.InvalidPathException e) {
            return Path.of(description.replaceAll("^postgresql://", "").replaceAll("[^A-Za-z0-9._-]+", "_"));
        }
    }

    /** Where the data lives, as the user should see it: {@code postgresql://host:port/database?user=...}. */
    public String description() {
        return description;
    }

    @Override
    public int schemaVersion() {
        return schemaVersion;
    }

    @Override
    public void close() {
        database.close();
    }
}
