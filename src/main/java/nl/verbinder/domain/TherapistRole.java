package nl.verbinder.domain;

/** A therapist's role in the practice. */
public enum TherapistRole implements Coded {
    THERAPIST("therapist"),
    PRACTICE_OWNER("practice-owner");

    private final String code;

    TherapistRole(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String labelKey() {
        return "therapist-role." + code;
    }
}
