package nl.verbinder.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import nl.verbinder.service.brief.MeetingBriefService;
import nl.verbinder.service.calendar.AgendaImportService;
import nl.verbinder.service.demo.DemoService;
import nl.verbinder.service.demo.GeneratorService;
import nl.verbinder.service.insight.InsightService;
import nl.verbinder.service.insight.NetworkService;
import nl.verbinder.service.insight.ReportService;
import nl.verbinder.service.search.SearchService;
import nl.verbinder.service.transfer.backup.BackupService;
import nl.verbinder.service.transfer.exports.ExportService;
import nl.verbinder.service.transfer.imports.ImportService;
import nl.verbinder.service.week.MyWeekService;
import nl.verbinder.store.Store;

/**
 * All services over one store: what the window and the command line work with. Built once,
 * in {@code app}, when a database is opened.
 */
public record Services(
        Store store,
        Clock clock,
        PracticeProfileService practice,
        TherapistService therapists,
        PartnerService partners,
        ContactPersonService contactPersons,
        ContactMomentService moments,
        SharedGoalService goals,
        EnvironmentNoteService environment,
        DemoService demo,
        AttentionService attention,
        GeneratorService generator,
        ExportService exports,
        ImportService imports,
        BackupService backups,
        NetworkService network,
        InsightService insights,
        ReportService reports,
        LocalDatabaseFile localFile,
        MomentOutbox outbox) implements AutoCloseable {

    /**
     * These services with an outbox for contact moments logged while the server cannot be
     * reached ({@link MomentOutbox}); what waits in it is sent now, when the server answers.
     */
    public Services withOutbox(MomentOutbox waiting) {
        Services with = new Services(store, clock, practice, therapists, partners, contactPersons, moments, goals,
                environment, demo, attention, generator, exports, imports, backups, network, insights, reports,
                localFile, waiting);
        try {
            waiting.send(moments);
        } catch (RuntimeException e) {
            System.getLogger("nl.verbinder.service").log(System.Logger.Level.WARNING,
                    "The contact moments waiting in the outbox could not be sent at start; they are tried again", e);
        }
        return with;
    }

    /**
     * Logs a contact moment; on a practice server that cannot be reached it waits in the outbox
     * (see {@link MomentOutbox#log}).
     */
    public MomentOutbox.Logged logMoment(nl.verbinder.domain.ContactMoment draft) {
        return outbox.log(draft, moments);
    }

    /** Where the data lives, as the user should see it (the database file). */
    public Path location() {
        return store.location();
    }

    /** The damage found in the data, if any: the database is then open for reading only. */
    public Optional<String> damage() {
        return store.damage();
    }

    /** The schema version the data is at. */
    public int schemaVersion() {
        return store.schemaVersion();
    }

    /** A person's rights under the GDPR: inzage, export and the retention review (erase: {@link #contactPersons}). */
    public PersonalDataService personalData() {
        return new PersonalDataService(store, clock);
    }

    /** The change history: who changed what, when; and who works at this workstation ({@link HistoryService#actAs}). */
    public HistoryService history() {
        return new HistoryService(store, clock);
    }

    /** The Prullenbak of contact moments, shared goals, environment notes and contact persons. */
    public TrashService trash() {
        return new TrashService(store, clock, localFile);
    }

    /** The networks the practice takes part in (Netwerken) and their reviews. */
    public PracticeNetworkService practiceNetworks() {
        return new PracticeNetworkService(store, clock, moments);
    }

    /** From the agenda to the log: contact moments proposed from an agenda file. */
    public AgendaImportService agenda() {
        return new AgendaImportService(store, clock, moments);
    }

    /** "Gesprek voorbereiden": one partner's brief, on screen, as text and as PDF. */
    public MeetingBriefService briefs() {
        return new MeetingBriefService(clock, store.location(), partners, contactPersons, moments, goals,
                therapists, attention, practiceNetworks());
    }

    /** "Mijn week": a therapist's open follow-ups of this week. */
    public MyWeekService myWeek() {
        return new MyWeekService(store, clock, moments);
    }

    /** What other workstations on a practice server change, as it happens (nothing on a file). */
    public LiveUpdates live() {
        return new LiveUpdates(store);
    }

    /** "Search everything" (Ctrl+K). */
    public SearchService search() {
        return new SearchService(store);
    }

    /** The relationship check per partner (trust and value) and the trust × value chart. */
    public RelationshipCheckService relationshipChecks() {
        return new RelationshipCheckService(store, clock);
    }

    /** Closes the database; the services cannot be used afterwards. */
    @Override
    public void close() {
        store.close();
    }

    /** An erase whose clean-up of the file was cut short (a crash, a reader elsewhere) is finished at start. */
    private static void finishPendingErasure(ContactPersonService contactPersons) {
        try {
            contactPersons.finishPendingErasure();
        } catch (RuntimeException e) {
            System.getLogger("nl.verbinder.service").log(System.Logger.Level.WARNING,
                    "The clean-up after an erase could not finish; it is tried again at the next start", e);
        }
    }

    /** The services over a store that is not one local file (a practice server). */
    public static Services over(Store store, Clock clock) {
        return over(store, clock, LocalDatabaseFile.NONE);
    }

    /** The services over a store and, for a store in one local file, what only that file can do. */
    public static Services over(Store store, Clock clock, LocalDatabaseFile localFile) {
        PracticeProfileService practice = new PracticeProfileService(store, clock);
        TherapistService therapists = new TherapistService(store, clock);
        AttentionService attention = new AttentionService(store, clock, localFile);
        PartnerService partners = new PartnerService(store, clock, attention, localFile);
        ContactPersonService contactPersons = new ContactPersonService(store, clock, localFile);
        ContactMomentService moments = new ContactMomentService(store, clock);
        SharedGoalService goals = new SharedGoalService(store, clock);
        EnvironmentNoteService environment = new EnvironmentNoteService(store, clock);
        DemoService demo = new DemoService(store, clock, practice, therapists, partners, contactPersons, moments, goals,
                environment);
        GeneratorService generator = new GeneratorService(store, clock);
        ExportService exports = new ExportService(store, clock, partners);
        ImportService imports = new ImportService(store, clock, partners, contactPersons, localFile);
        BackupService backups = new BackupService(store, clock, localFile);
        NetworkService network = new NetworkService(store, clock, attention);
        InsightService insights = new InsightService(store, clock);
        ReportService reports = new ReportService(store, clock, insights, network, attention);
        finishPendingErasure(contactPersons);
        return new Services(store, clock, practice, therapists, partners, contactPersons, moments, goals, environment,
                demo, attention, generator, exports, imports, backups, network, insights,
                reports, localFile, MomentOutbox.NONE);
    }
}
