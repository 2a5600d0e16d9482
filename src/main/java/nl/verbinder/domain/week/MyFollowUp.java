package nl.verbinder.domain.week;

import java.time.LocalDate;

/**
 * One open follow-up in "Mijn week": what has to happen, for which partner, by when, and the
 * contact moment it came from (its id and version, to mark it done).
 */
public record MyFollowUp(long momentId, int momentVersion, long partnerId, String partnerName, LocalDate momentDate,
                         String summary, String followUp, LocalDate due) {

    public boolean overdue(LocalDate today) {
        return due.isBefore(today);
    }
}
