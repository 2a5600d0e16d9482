package nl.verbinder.store;

import java.time.LocalDate;
import java.util.List;
import nl.verbinder.domain.week.MyFollowUp;

/** Open follow-ups by who they belong to. */
public interface FollowUpRepository {

    /**
     * The open follow-ups due on or before {@code dueBy} that are the therapist's: logged by them,
     * or of a partner they own; partners in the trash left out. Soonest due first.
     */
    List<MyFollowUp> openFor(long therapistId, LocalDate dueBy);
}
