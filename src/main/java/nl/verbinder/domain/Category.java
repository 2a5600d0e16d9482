package nl.verbinder.domain;

/**
 * What kind of organisation or person a partner is. Each category has a default contact
 * rhythm: how many days may pass between contact moments before the relationship needs
 * attention, unless the partner has its own rhythm.
 */
public enum Category implements Coded {
    GP("gp", 90),
    MIDWIFE("midwife", 90),
    DIETITIAN("dietitian", 120),
    GYNAECOLOGIST("gynaecologist", 180),
    GYM("gym", 120),
    SWIMMING_POOL("swimming-pool", 180),
    SPORTS_CLUB("sports-club", 120),
    SCHOOL("school", 180),
    MUNICIPALITY("municipality", 90),
    HEALTH_INSURER("health-insurer", 180),
    PATIENT_ORGANISATION("patient-organisation", 180),
    PROFESSIONAL_ASSOCIATION("professional-association", 365),
    WELFARE("welfare", 120),
    HOME_CARE("home-care", 90),
    HOSPITAL("hospital", 180),
    ONLINE_COMMUNITY("online-community", 365),
    OTHER("other", 180);

    private final String code;
    private final int defaultRhythmDays;

    Category(String code, int defaultRhythmDays) {
        this.code = code;
        this.defaultRhythmDays = defaultRhythmDays;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String labelKey() {
        return "category." + code;
    }

    public int defaultRhythmDays() {
        return defaultRhythmDays;
    }
}
