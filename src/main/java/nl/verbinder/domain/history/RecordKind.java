package nl.verbinder.domain.history;

import nl.verbinder.domain.Coded;

/** The kinds of record the history follows; links between records are kinds of their own. */
public enum RecordKind implements Coded {
    HISTORY("history"),
    PRACTICE("practice"),
    THERAPIST("therapist"),
    PARTNER("partner"),
    PARTNER_TAG("partner-tag"),
    CONTACT_PERSON("contact-person"),
    CONTACT_MOMENT("contact-moment"),
    MOMENT_THERAPIST("moment-therapist"),
    MOMENT_PERSON("moment-person"),
    MOMENT_GOAL("moment-goal"),
    GOAL("goal"),
    GOAL_PARTNER("goal-partner"),
    NOTE("note"),
    NOTE_PARTNER("note-partner"),
    SETTING("setting"),
    SNOOZE("snooze"),
    NETWORK("network"),
    NETWORK_MEMBER("network-member"),
    NETWORK_GOAL("network-goal"),
    NETWORK_PHASE("network-phase"),
    NETWORK_REVIEW("network-review"),
    RELATIONSHIP_CHECK("relationship-check");

    private final String code;

    RecordKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String labelKey() {
        return "history.kind." + code;
    }

    /** A link between two records (a tag, a goal's partner, a moment's participant). */
    public boolean isLink() {
        return switch (this) {
            case PARTNER_TAG, MOMENT_THERAPIST, MOMENT_PERSON, MOMENT_GOAL, GOAL_PARTNER, NOTE_PARTNER, NETWORK_MEMBER,
                 NETWORK_GOAL -> true;
            default -> false;
        };
    }
}
