package nl.verbinder.domain.insight;

/** How the contact moments per month are stacked. */
public enum MomentGrouping {
    /** By the therapist who logged the moment. */
    THERAPIST,
    /** By the kind of contact (in person, phone, ...). */
    KIND
}
