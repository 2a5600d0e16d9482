package nl.verbinder.store;

import java.time.LocalDate;
import java.util.List;
import nl.verbinder.domain.insight.MapGoal;
import nl.verbinder.domain.insight.MapPartner;

/** What the network map reads, for the whole practice at once and as of a date. */
public interface NetworkRepository {

    /**
     * Every partner not in the trash that existed on {@code asOf} (any status), with its last
     * contact and its moments in the twelve months up to that day; moments after it do not
     * count. One query, whatever the number of partners.
     */
    List<MapPartner> partners(LocalDate asOf);

    /** The shared goals that existed on {@code asOf} and were not stopped, with their partners; one query. */
    List<MapGoal> goals(LocalDate asOf);
}
