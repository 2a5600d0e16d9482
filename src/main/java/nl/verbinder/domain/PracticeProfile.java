package nl.verbinder.domain;

import java.time.Instant;

/**
 * The practice itself: who it is, what it is good at and for whom (steps 1 and 3 of the
 * method). There is exactly one.
 */
public record PracticeProfile(
        String name,
        String street,
        String postcode,
        String city,
        String specialisations,
        String passionsAndCompetences,
        String distinctiveStrengths,
        String targetGroups,
        Instant updatedAt,
        int version) {

    public static PracticeProfile empty() {
        return new PracticeProfile("", null, null, null, null, null, null, null, null, 0);
    }
}
