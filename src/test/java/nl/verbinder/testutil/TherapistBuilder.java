package nl.verbinder.testutil;

import nl.verbinder.domain.Therapist;
import nl.verbinder.domain.TherapistRole;

/** Readable test therapists: {@code aTherapist().named("Sanne Jansen").build()}. */
public final class TherapistBuilder {

    private String name = "Sanne Jansen";
    private TherapistRole role = TherapistRole.THERAPIST;
    private String competences = "Kinderfysiotherapie, sportblessures";

    private TherapistBuilder() {
    }

    public static TherapistBuilder aTherapist() {
        return new TherapistBuilder();
    }

    public TherapistBuilder named(String name) {
        this.name = name;
        return this;
    }

    public TherapistBuilder asPracticeOwner() {
        this.role = TherapistRole.PRACTICE_OWNER;
        return this;
    }

    public TherapistBuilder withRole(TherapistRole role) {
        this.role = role;
        return this;
    }

    public TherapistBuilder goodAt(String competences) {
        this.competences = competences;
        return this;
    }

    public Therapist build() {
        return Therapist.newTherapist(name, role, competences);
    }
}
