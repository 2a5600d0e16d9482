package nl.verbinder.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.verbinder.domain.EnvironmentFactor;
import nl.verbinder.domain.attention.FactWindow;
import nl.verbinder.domain.attention.PartnerFacts;
import nl.verbinder.domain.attention.Snooze;

/** The facts the attention rules read, loaded for the whole practice at once, and snoozes. */
public interface AttentionRepository {

    /**
     * The facts of every partner that can need attention: not in the trash, not ended, and
     * existing on {@code window.today()}; in a fixed number of set-based queries (never one per
     * partner). Moments after that day do not count.
     */
    List<PartnerFacts> partnerFacts(FactWindow window);

    /**
     * The facts of one partner, as {@link #partnerFacts(FactWindow)} gives them (empty when it
     * cannot need attention): for the meeting brief, which needs one partner's reasons fast.
     */
    default Optional<PartnerFacts> partnerFacts(FactWindow window, long partnerId) {
        return partnerFacts(window).stream().filter(f -> f.partnerId() == partnerId).findFirst();
    }

    /** How many environment-analysis notes each factor has; factors without notes are absent. */
    Map<EnvironmentFactor, Integer> notesPerFactor();

    /** Every snooze, by partner id. */
    Map<Long, Snooze> snoozes();

    /** Stores the partner's snooze, replacing the one it had. */
    void saveSnooze(Snooze snooze, Instant now);

    /** Removes the partner's snooze; false when it had none. */
    boolean deleteSnooze(long partnerId);
}
