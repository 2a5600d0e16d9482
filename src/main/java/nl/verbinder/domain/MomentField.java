package nl.verbinder.domain;

/**
 * The names of a contact moment's fields, as services name them in {@link FieldError}s and
 * forms name the field that shows the error. One spelling for every layer.
 */
public final class MomentField {

    public static final String PARTNER = "partner";
    public static final String DATE = "date";
    public static final String KIND = "kind";
    public static final String SUMMARY = "summary";
    public static final String OFFERED = "offered";
    public static final String ASKED = "asked";
    public static final String FOLLOW_UP = "followUp";
    public static final String FOLLOW_UP_DUE = "followUpDue";
    public static final String FOLLOW_UP_DONE = "followUpDone";
    public static final String LOGGED_BY = "loggedBy";
    public static final String THERAPISTS = "therapists";
    public static final String CONTACT_PERSONS = "contactPersons";
    public static final String GOALS = "goals";

    private MomentField() {
    }
}
