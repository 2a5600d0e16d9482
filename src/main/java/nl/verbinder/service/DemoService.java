package nl.verbinder.service;

import java.time.Clock;
import nl.verbinder.domain.VerbinderException;
import nl.verbinder.store.Store;

/**
 * Fills an empty database with a realistic demo practice, so a new user can see what
 * Verbinder does before entering their own network.
 */
public final class DemoService extends ServiceBase {

    private final PracticeProfileService practice;
    private final TherapistService therapists;
    private final PartnerService partners;
    private final ContactPersonService contactPersons;
    private final ContactMomentService moments;
    private final SharedGoalService goals;
    private final EnvironmentNoteService environment;

    DemoService(Store store, Clock clock, PracticeProfileService practice, TherapistService therapists,
                PartnerService partners, ContactPersonService contactPersons, ContactMomentService moments,
                SharedGoalService goals, EnvironmentNoteService environment) {
        super(store, clock);
        this.practice = practice;
        this.therapists = therapists;
        this.partners = partners;
        this.contactPersons = contactPersons;
        this.moments = moments;
        this.goals = goals;
        this.environment = environment;
    }

    /** True when the database has no partners yet (trash included). */
    public boolean isEmpty() {
        return tx().read(() -> store.partners().countActiveRecords() == 0 && store.partners().trash().isEmpty());
    }

    /**
     * Fills the database with the demo practice in one transaction.
     *
     * @throws VerbinderException when the database already has partners
     */
    public DemoSummary fill() {
        throw new VerbinderException("error.demo.not-empty");
    }

    /** What the demo put in. */
    public record DemoSummary(int therapists, int partners, int contactPersons, int moments, int goals, int notes) {
    }
}
