package nl.verbinder.domain.networks;

import nl.verbinder.domain.Coded;

/**
 * The nine tips to keep a care network lively and productive, each asked in a review as a
 * yes/no question ("Was there room for reflection at the end of the meetings?").
 */
public enum NetworkTip implements Coded {
    ROOM_TO_MEET("room-to-meet"),
    RIGHT_PEOPLE("right-people"),
    CLEAR_TASK("clear-task"),
    CORE_COALITION("core-coalition"),
    PERSEVERANCE("perseverance"),
    ROTATING_ROLES("rotating-roles"),
    REFLECTION("reflection"),
    TWO_LEVEL_COMMITMENT("two-level-commitment"),
    SHOW_PROGRESS("show-progress");

    private final String code;

    NetworkTip(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String labelKey() {
        return "network-tip." + code;
    }

    /** The yes/no question the review asks. */
    public String questionKey() {
        return "network-tip." + code + ".question";
    }
}
