package nl.verbinder.domain.attention;

import java.time.LocalDate;

/**
 * The dates the attention facts are loaded for. Moments after {@code today} do not count,
 * so a list "as of" an earlier date is what it would have been then.
 *
 * @param recentFrom      the later window is (recentFrom, today]
 * @param earlierFrom     the earlier window is (earlierFrom, recentFrom]
 * @param giveAskMoments  how many of the newest moments with an offer or request to load
 */
public record FactWindow(LocalDate today, LocalDate recentFrom, LocalDate earlierFrom, int giveAskMoments) {
}
