package nl.verbinder.domain.insight;

import java.time.YearMonth;

/**
 * Give and ask in one month: the contact moments where we offered something and those where
 * we asked something (a moment with both counts in both).
 */
public record GiveAskMonth(YearMonth month, int offered, int asked) {
}
