package nl.verbinder.service.week;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.verbinder.domain.ContactMoment;
import nl.verbinder.domain.week.MyFollowUp;
import nl.verbinder.service.ContactMomentService;
import nl.verbinder.store.Store;

/**
 * "Mijn week": a therapist's open follow-ups that are overdue or due in the next seven days
 * (theirs: logged by them, or of a partner they own), marked done in one step, or closed by the
 * contact moment that does what they say.
 */
public final class MyWeekService {

    /** How far ahead "this week" looks. */
    public static final int DAYS_AHEAD = 7;

    private final Store store;
    private final Clock clock;
    private final ContactMomentService moments;

    public MyWeekService(Store store, Clock clock, ContactMomentService moments) {
        this.store = store;
        this.clock = clock;
        this.moments = moments;
    }

    /** The therapist's follow-ups overdue or due within a week, soonest first. */
    public List<MyFollowUp> myWeek(long therapistId) {
        LocalDate dueBy = LocalDate.now(clock).plusDays(DAYS_AHEAD);
        return store.transactions().read(() -> store.followUps().openFor(therapistId, dueBy));
    }

    /** How many there are, for the sidebar. */
    public int count(long therapistId) {
        return myWeek(therapistId).size();
    }

    /** Marks a follow-up done today. */
    public ContactMoment markDone(MyFollowUp followUp) {
        return moments.markFollowUpDone(followUp.momentId(), followUp.momentVersion());
    }

    /** Logs the contact moment that closes the follow-up and marks it done, in one transaction. */
    public ContactMoment logClosing(MyFollowUp followUp, ContactMoment closing) {
        return store.transactions().write(() -> {
            ContactMoment logged = moments.log(closing);
            moments.markFollowUpDone(followUp.momentId(), followUp.momentVersion(),
                    logged.date().isBefore(followUp.momentDate()) ? followUp.momentDate() : logged.date());
            return logged;
        });
    }
}
