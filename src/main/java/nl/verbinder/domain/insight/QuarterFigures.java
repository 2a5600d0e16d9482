package nl.verbinder.domain.insight;

import java.time.LocalDate;

/**
 * The headline figures of a quarter, counted up to {@code until} (the quarter's last day, or
 * today for the running quarter).
 *
 * @param activePartners   partners with status active at {@code until}, created by then and not in the trash
 * @param newPartners      partners created in the quarter (not in the trash)
 * @param contactMoments   contact moments dated in the quarter
 * @param followUpsDone    follow-ups marked done on a day in the quarter
 * @param followUpsOverdue follow-ups due before {@code until} and not done by then
 * @param goalsAchieved    shared goals achieved on a day in the quarter
 */
public record QuarterFigures(Quarter quarter, LocalDate until, int activePartners, int newPartners,
                             int contactMoments, int followUpsDone, int followUpsOverdue, int goalsAchieved) {
}
