package nl.verbinder.domain;

import java.time.Instant;

/**
 * A therapist of the practice.
 *
 * @param competences the therapist's passions and competences, in their own words
 */
public record Therapist(
        Long id,
        String name,
        TherapistRole role,
        boolean active,
        String competences,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    public static Therapist newTherapist(String name, TherapistRole role, String competences) {
        return new Therapist(null, name, role, true, competences, null, null, 0);
    }

    public Therapist withActive(boolean newActive) {
        return new Therapist(id, name, role, newActive, competences, createdAt, updatedAt, version);
    }
}
